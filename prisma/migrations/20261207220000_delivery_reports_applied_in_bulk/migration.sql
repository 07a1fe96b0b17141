-- Delivery reports are stored by the webhook and applied to their messages afterwards, in bulk,
-- by the worker (messages/report-applier.ts). `applied` marks the ones it has done; rows stored
-- before this migration were applied by their webhook. Adding a column with a constant default
-- rewrites nothing. The indexes follow in migrations of their own, built CONCURRENTLY so the
-- webhook keeps storing reports while they are built.
ALTER TABLE "whatsapp_events" ADD COLUMN "applied" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "whatsapp_events" ALTER COLUMN "applied" SET DEFAULT false;

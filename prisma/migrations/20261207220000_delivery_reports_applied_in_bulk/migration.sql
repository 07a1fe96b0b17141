-- Delivery reports are stored by the webhook and applied to their messages afterwards, in bulk,
-- by the worker (messages/report-applier.ts). `applied` marks the ones it has done; rows stored
-- before this migration were applied by their webhook.
ALTER TABLE "whatsapp_events" ADD COLUMN "applied" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "whatsapp_events" ALTER COLUMN "applied" SET DEFAULT false;

-- The applier's queue: only the reports still waiting, oldest first.
CREATE INDEX "whatsapp_events_unapplied_idx" ON "whatsapp_events"("id") WHERE NOT "applied";

-- The sender looks for reports that arrived before it recorded their sid, after each page. Only
-- a report without our send ID (custom_data) can be one: a report that names its send finds it
-- by ID. Indexing only those keeps the index empty in normal traffic; the old index held every
-- report until it was applied, and the sender's probes into it grew slow with the applier's
-- backlog and its dead entries.
DROP INDEX "whatsapp_events_unmatched_idx";
CREATE INDEX "whatsapp_events_waiting_for_sid_idx" ON "whatsapp_events"("sid")
  WHERE NOT "matched" AND "send_id" IS NULL;
-- What /metrics counts as unmatched: applied, and no message found.
CREATE INDEX "whatsapp_events_unmatched_idx" ON "whatsapp_events"("id") WHERE NOT "matched" AND "applied";

-- The workflow state version last written to the call log, so a stale retried write is ignored.
ALTER TABLE "calls" ADD COLUMN "state_version" INTEGER NOT NULL DEFAULT 0;

-- The applier's queue: only the reports still waiting, oldest first. One statement per file:
-- CONCURRENTLY cannot run inside a transaction.
CREATE INDEX CONCURRENTLY "whatsapp_events_unapplied_idx" ON "whatsapp_events"("id") WHERE NOT "applied";

-- What /metrics counts as unmatched: reports applied without finding their message.
CREATE INDEX CONCURRENTLY "whatsapp_events_unmatched_reports_idx" ON "whatsapp_events"("id")
  WHERE NOT "matched" AND "applied" AND "kind" = 'status';

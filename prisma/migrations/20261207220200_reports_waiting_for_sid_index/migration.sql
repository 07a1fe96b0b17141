-- After each page the sender looks for reports that arrived before it recorded their sid. Only a
-- report without our send ID (custom_data) can be one: a report that names its send finds it by
-- ID. Indexing only those keeps the index empty in normal traffic. The index it replaces held every
-- report until it was applied, and with an applier backlog the sender's probes took over its pace.
CREATE INDEX CONCURRENTLY "whatsapp_events_waiting_for_sid_idx" ON "whatsapp_events"("sid")
  WHERE NOT "matched" AND "send_id" IS NULL AND "kind" = 'status';

-- Replaced by whatsapp_events_waiting_for_sid_idx and whatsapp_events_unmatched_reports_idx.
DROP INDEX CONCURRENTLY "whatsapp_events_unmatched_idx";

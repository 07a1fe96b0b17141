-- When the current connect attempt started: an attempt still 'in_flight' long after this
-- died mid-request, and its outcome is unknown.
ALTER TABLE "calls" ADD COLUMN "connect_started_at" TIMESTAMP(3);

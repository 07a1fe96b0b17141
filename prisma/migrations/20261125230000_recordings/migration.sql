-- Recording archival: what became of each recorded call's audio, on its call log row.
--   recording_status: NULL while a recorded call's archive is pending (and always for calls
--   made with record=false); then none (no conversation, so no recording), archived, failed
--   (recording_error_type/recording_error say why: a refused source, a permanent download
--   failure, never published), or deleted (retention or erasure; the archive's key, hash and size
--   stay as the record of what was deleted).
ALTER TABLE "calls"
    ADD COLUMN "recording_status" TEXT,
    ADD COLUMN "recording_key" TEXT,
    ADD COLUMN "recording_sha256" TEXT,
    ADD COLUMN "recording_bytes" BIGINT,
    ADD COLUMN "recording_archived_at" TIMESTAMPTZ(3),
    ADD COLUMN "recording_error_type" TEXT,
    ADD COLUMN "recording_error" TEXT,
    ADD COLUMN "recording_deleted_at" TIMESTAMPTZ(3),
    ADD COLUMN "recording_deletion_reason" TEXT,
    ADD CONSTRAINT "calls_recording_status_check"
        CHECK ("recording_status" IN ('none', 'archived', 'failed', 'deleted')),
    ADD CONSTRAINT "calls_recording_deletion_reason_check"
        CHECK ("recording_deletion_reason" IN ('retention', 'erasure')),
    ADD CONSTRAINT "calls_recording_deleted_check"
        CHECK (("recording_status" = 'deleted') = ("recording_deleted_at" IS NOT NULL AND "recording_deletion_reason" IS NOT NULL));

-- Erasure by customer number finds every recorded call of that number.
CREATE INDEX "calls_recorded_customer_number_idx" ON "calls"("customer_number") WHERE "record";

-- Recorded calls that ended before archival existed (their workflows had settled credits, the
-- last step they had): nothing was archived. Say so rather than leave them pending forever.
UPDATE "calls" SET "recording_status" = 'none'
 WHERE "record" AND "credits_used" IS NOT NULL AND "recording_url" IS NULL;
UPDATE "calls" SET "recording_status" = 'failed', "recording_error_type" = 'NotArchived',
       "recording_error" = 'the call ended before recording archival was deployed; its recording is only at Exotel (recordingUrl)'
 WHERE "record" AND "credits_used" IS NOT NULL AND "recording_url" IS NOT NULL;

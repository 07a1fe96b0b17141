-- Single WhatsApp messages (POST /v1/messages, call follow-ups) live in message_sends beside
-- campaign sends, so delivery reports, replies, events and a contact's timeline treat them alike.
-- source: campaign | api | call_follow_up. A single message has no campaign (step stays 0).
ALTER TABLE "message_sends" ALTER COLUMN "campaign_id" DROP NOT NULL;
ALTER TABLE "message_sends" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'campaign';
ALTER TABLE "message_sends" ADD COLUMN "template_id" UUID;
ALTER TABLE "message_sends" ADD COLUMN "params" JSONB;
ALTER TABLE "message_sends" ADD COLUMN "sending_number" TEXT;
ALTER TABLE "message_sends" ADD COLUMN "call_id" UUID;
ALTER TABLE "message_sends" ADD COLUMN "idempotency_key" TEXT;
ALTER TABLE "message_sends" ADD COLUMN "request" JSONB;
ALTER TABLE "message_sends" ADD CONSTRAINT "message_sends_source_check"
  CHECK ("source" IN ('campaign', 'api', 'call_follow_up'));
ALTER TABLE "message_sends" ADD CONSTRAINT "message_sends_campaign_or_single_check"
  CHECK (("source" = 'campaign') = ("campaign_id" IS NOT NULL));
-- queued: a single message accepted, its workflow not yet sending.
ALTER TABLE "message_sends" DROP CONSTRAINT "message_sends_state_check";
ALTER TABLE "message_sends" ADD CONSTRAINT "message_sends_state_check"
  CHECK ("state" IN ('queued', 'pending', 'accepted', 'failed', 'skipped', 'unknown'));
CREATE UNIQUE INDEX "message_sends_idempotency_key" ON "message_sends"("idempotency_key");
CREATE INDEX "message_sends_queued_idx" ON "message_sends"("created_at") WHERE "state" = 'queued';

-- A call's follow-up message: what the CRM asked for, and what became of it.
-- follow_up_status: null while the call runs; queued (message_id names it) | skipped (reason) | not_needed.
ALTER TABLE "calls" ADD COLUMN "follow_up" JSONB;
ALTER TABLE "calls" ADD COLUMN "follow_up_status" TEXT;
ALTER TABLE "calls" ADD COLUMN "follow_up_message_id" UUID;
ALTER TABLE "calls" ADD COLUMN "follow_up_reason" TEXT;

-- "Call me" quick replies: one row per inbound message, written in the webhook's transaction; the
-- worker places the call when it is due (inside the calling hours).
CREATE TABLE "callback_requests" (
    "id" UUID NOT NULL,
    "inbound_sid" TEXT NOT NULL,
    "contact_id" UUID NOT NULL,
    "message_id" UUID,
    "agent_number" TEXT,
    "customer_number" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "call_id" UUID,
    "failure_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "callback_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "callback_requests_status_check" CHECK ("status" IN ('scheduled', 'placed', 'failed'))
);
CREATE UNIQUE INDEX "callback_requests_inbound_sid_key" ON "callback_requests"("inbound_sid");
CREATE INDEX "callback_requests_due_idx" ON "callback_requests"("due_at") WHERE "status" = 'scheduled';

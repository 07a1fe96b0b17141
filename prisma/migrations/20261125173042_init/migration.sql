-- CreateTable
CREATE TABLE "calls" (
    "id" UUID NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "tracking_id" TEXT,
    "agent_number" TEXT NOT NULL,
    "customer_number" TEXT NOT NULL,
    "caller_id" TEXT NOT NULL,
    "record" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "failure_reason" TEXT,
    "connect_state" TEXT NOT NULL DEFAULT 'pending',
    "exotel_call_sid" TEXT,
    "leg1_status" TEXT,
    "leg2_status" TEXT,
    "leg1_duration_sec" INTEGER,
    "leg2_duration_sec" INTEGER,
    "conversation_duration_sec" INTEGER,
    "started_at" TIMESTAMP(3),
    "answered_at" TIMESTAMP(3),
    "ended_at" TIMESTAMP(3),
    "recording_url" TEXT,
    "credits_used" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_events" (
    "id" BIGSERIAL NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "call_id" UUID,
    "call_sid" TEXT,
    "source" TEXT NOT NULL,
    "event_type" TEXT,
    "status" TEXT,
    "content_type" TEXT,
    "event" JSONB NOT NULL,
    "raw" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivery" TEXT NOT NULL DEFAULT 'pending',
    "delivered_at" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lease_until" TIMESTAMP(3),
    "last_error" TEXT,

    CONSTRAINT "call_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "calls_workflow_id_key" ON "calls"("workflow_id");

-- CreateIndex
CREATE UNIQUE INDEX "calls_tracking_id_key" ON "calls"("tracking_id");

-- CreateIndex
CREATE UNIQUE INDEX "calls_exotel_call_sid_key" ON "calls"("exotel_call_sid");

-- CreateIndex
CREATE INDEX "calls_created_at_idx" ON "calls"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "call_events_dedupe_key_key" ON "call_events"("dedupe_key");

-- CreateIndex
CREATE INDEX "call_events_delivery_id_idx" ON "call_events"("delivery", "id");

-- CreateIndex
CREATE INDEX "call_events_call_id_id_idx" ON "call_events"("call_id", "id");

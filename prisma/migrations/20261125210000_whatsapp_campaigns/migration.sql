-- WhatsApp campaigns: contacts and their consent history (DPDPA), approved templates, campaigns
-- with their audience snapshot, one send record per (campaign, contact, step) written before the
-- provider is called, the delivery-report and inbound-message inbox, and send pacing slots.

CREATE TABLE "contacts" (
    "id" UUID NOT NULL,
    "phone" TEXT NOT NULL,
    "name" TEXT,
    "tags" TEXT[] NOT NULL DEFAULT '{}',
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erased_at" TIMESTAMPTZ(3),
    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "contacts_phone_key" ON "contacts"("phone");
CREATE INDEX "contacts_tags_idx" ON "contacts" USING GIN ("tags");

CREATE TABLE "contact_consents" (
    "id" BIGSERIAL NOT NULL,
    "contact_id" UUID NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'whatsapp',
    "purpose" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "evidence" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by" TEXT NOT NULL,
    CONSTRAINT "contact_consents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "contact_consents_contact_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id"),
    CONSTRAINT "contact_consents_action_check" CHECK ("action" IN ('opt_in', 'opt_out')),
    CONSTRAINT "contact_consents_purpose_check" CHECK ("purpose" IN ('marketing', 'transactional')),
    CONSTRAINT "contact_consents_source_check" CHECK ("source" IN ('web_form', 'import', 'api', 'inbound_keyword')),
    -- DPDPA: an opt-in must say what the person was shown or said.
    CONSTRAINT "contact_consents_evidence_check" CHECK ("action" = 'opt_out' OR length(coalesce("evidence", '')) > 0)
);
CREATE INDEX "contact_consents_current_idx" ON "contact_consents"("contact_id", "channel", "purpose", "id" DESC);

CREATE TABLE "whatsapp_templates" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "components" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "whatsapp_templates_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "whatsapp_templates_status_check" CHECK ("status" IN ('approved', 'pending', 'rejected', 'paused', 'disabled'))
);
CREATE UNIQUE INDEX "whatsapp_templates_name_language_key" ON "whatsapp_templates"("name", "language");

CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "pause_reason" TEXT,
    "definition" JSONB NOT NULL,
    "sending_number" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "recipient_count" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "campaigns_status_check" CHECK ("status" IN ('draft', 'scheduled', 'running', 'paused', 'completed', 'cancelled'))
);
CREATE UNIQUE INDEX "campaigns_workflow_id_key" ON "campaigns"("workflow_id");

CREATE TABLE "campaign_recipients" (
    "campaign_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "contact_id" UUID NOT NULL,
    CONSTRAINT "campaign_recipients_pkey" PRIMARY KEY ("campaign_id", "seq"),
    CONSTRAINT "campaign_recipients_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id")
);
CREATE UNIQUE INDEX "campaign_recipients_contact_key" ON "campaign_recipients"("campaign_id", "contact_id");

CREATE TABLE "message_sends" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "step" INTEGER NOT NULL,
    "contact_id" UUID NOT NULL,
    "phone" TEXT,
    "state" TEXT NOT NULL,
    "skip_reason" TEXT,
    "status" TEXT,
    "error_code" INTEGER,
    "error_detail" TEXT,
    "provider_sid" TEXT,
    "hold_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "read_at" TIMESTAMPTZ(3),
    "failed_at" TIMESTAMPTZ(3),
    "replied_at" TIMESTAMPTZ(3),
    CONSTRAINT "message_sends_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "message_sends_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id"),
    -- pending: recorded, provider not yet answered; accepted: the provider took it; failed;
    -- skipped: never sent, with skip_reason; unknown: the answer was lost and no report came.
    CONSTRAINT "message_sends_state_check" CHECK ("state" IN ('pending', 'accepted', 'failed', 'skipped', 'unknown'))
);
CREATE UNIQUE INDEX "message_sends_once_key" ON "message_sends"("campaign_id", "contact_id", "step");
CREATE UNIQUE INDEX "message_sends_provider_sid_key" ON "message_sends"("provider_sid");
CREATE INDEX "message_sends_contact_idx" ON "message_sends"("contact_id", "created_at" DESC);

CREATE TABLE "whatsapp_events" (
    "id" BIGSERIAL NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sid" TEXT,
    "send_id" UUID,
    "status" TEXT,
    "code" INTEGER,
    "phone" TEXT,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "matched" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "whatsapp_events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "whatsapp_events_kind_check" CHECK ("kind" IN ('status', 'inbound'))
);
CREATE UNIQUE INDEX "whatsapp_events_dedupe_key_key" ON "whatsapp_events"("dedupe_key");
CREATE INDEX "whatsapp_events_unmatched_idx" ON "whatsapp_events"("sid") WHERE "matched" = false;

CREATE TABLE "send_rate_slots" (
    "key" TEXT NOT NULL,
    "next_free_at" TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT "send_rate_slots_pkey" PRIMARY KEY ("key")
);

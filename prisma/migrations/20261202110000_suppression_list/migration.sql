-- The suppression list (DPDPA): numbers that opted out or were erased, per purpose, kept as an
-- HMAC-SHA256 of the E.164 number under SUPPRESSION_PEPPER (never the number). It survives the
-- contact's erasure; only the person's own new opt-in lifts it (privacy/suppressions.ts).
CREATE TABLE "number_suppressions" (
    "number_hash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL CHECK ("purpose" IN ('marketing', 'transactional')),
    "reason" TEXT NOT NULL CHECK ("reason" IN ('opted_out', 'erased')),
    "suppressed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lifted_at" TIMESTAMPTZ(3),
    "lifted_by" TEXT,
    CONSTRAINT "number_suppressions_pkey" PRIMARY KEY ("number_hash", "purpose")
);

-- When the person gave the consent an entry's evidence describes (as the request stated it).
ALTER TABLE "contact_consents" ADD COLUMN "evidence_at" TIMESTAMPTZ(3);

-- Credits: an append-only ledger, the scopes it is summed into (the account and its budgets),
-- the reservations that hold credits while a call or a batch of messages is in flight, and
-- threshold alerts waiting to be delivered. Amounts are integer millicredits (1 credit = 1000).

CREATE TABLE "credit_scopes" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "owner_type" TEXT,
    "owner_id" TEXT,
    "limit_milli" BIGINT NOT NULL,
    "used_milli" BIGINT NOT NULL DEFAULT 0,
    "reserved_milli" BIGINT NOT NULL DEFAULT 0,
    "alerted_percent" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "credit_scopes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "credit_scopes_kind_check" CHECK ("kind" IN ('account', 'budget')),
    CONSTRAINT "credit_scopes_reserved_check" CHECK ("reserved_milli" >= 0)
);

CREATE TABLE "credit_reservations" (
    "id" TEXT NOT NULL,
    "owner_type" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "budget_id" TEXT,
    "amount_milli" BIGINT NOT NULL,
    "used_milli" BIGINT,
    "state" TEXT NOT NULL DEFAULT 'held',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    CONSTRAINT "credit_reservations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "credit_reservations_budget_fkey" FOREIGN KEY ("budget_id") REFERENCES "credit_scopes"("id"),
    CONSTRAINT "credit_reservations_state_check" CHECK ("state" IN ('held', 'settled', 'released'))
);
CREATE INDEX "credit_reservations_held_idx" ON "credit_reservations"("expires_at") WHERE "state" = 'held';

CREATE TABLE "credit_ledger" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "amount_milli" BIGINT NOT NULL,
    "reserved_milli" BIGINT NOT NULL DEFAULT 0,
    "budget_id" TEXT,
    "reservation_id" TEXT,
    "channel" TEXT,
    "owner_type" TEXT,
    "owner_id" TEXT,
    "quantity" INTEGER,
    "actor" TEXT,
    "note" TEXT,
    "idempotency_key" TEXT,
    CONSTRAINT "credit_ledger_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "credit_ledger_kind_check" CHECK ("kind" IN ('grant', 'top_up', 'reserve', 'settle', 'release'))
);
CREATE UNIQUE INDEX "credit_ledger_idempotency_key_key" ON "credit_ledger"("idempotency_key");
CREATE INDEX "credit_ledger_created_at_idx" ON "credit_ledger"("created_at");
CREATE INDEX "credit_ledger_owner_idx" ON "credit_ledger"("owner_type", "owner_id");

-- The ledger is append-only: nothing may change or remove an entry.
CREATE FUNCTION "credit_ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'credit_ledger is append-only';
END $$;
CREATE TRIGGER "credit_ledger_no_update_or_delete" BEFORE UPDATE OR DELETE ON "credit_ledger"
  FOR EACH ROW EXECUTE FUNCTION "credit_ledger_append_only"();

CREATE TABLE "credit_alerts" (
    "id" BIGSERIAL NOT NULL,
    "scope_id" TEXT NOT NULL,
    "threshold_percent" INTEGER NOT NULL,
    "used_milli" BIGINT NOT NULL,
    "limit_milli" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    CONSTRAINT "credit_alerts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "credit_alerts_scope_fkey" FOREIGN KEY ("scope_id") REFERENCES "credit_scopes"("id")
);
CREATE INDEX "credit_alerts_undelivered_idx" ON "credit_alerts"("next_attempt_at") WHERE "delivered_at" IS NULL;

-- Fractional rates make fractional call costs.
ALTER TABLE "calls" ALTER COLUMN "credits_used" TYPE DECIMAL(14,3);

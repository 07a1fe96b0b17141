-- Budgets can be deleted (DELETE /v1/credits/budgets/:id). Their ledger entries and settled
-- reservations still name them, so the scope row stays, marked deleted: hidden from the list,
-- refused to new calls, and brought back by PUT with the same ID.
ALTER TABLE "credit_scopes" ADD COLUMN "deleted_at" TIMESTAMPTZ(3);

-- A contact's timeline and GET /v1/calls?customer= find calls by the customer's number.
CREATE INDEX "calls_customer_number_idx" ON "calls"("customer_number", "created_at" DESC);

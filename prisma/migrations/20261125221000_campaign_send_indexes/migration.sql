-- Lookups the sending activity makes for every request: what a credit hold was charged for, and
-- the campaign's latest provider answers (the error-spike rule). Without them both scan all of
-- a campaign's sends, and a 100,000-recipient campaign slows down as it goes.
CREATE INDEX "message_sends_hold_id_idx" ON "message_sends"("hold_id");
CREATE INDEX "message_sends_campaign_sent_at_idx" ON "message_sends"("campaign_id", "sent_at" DESC);

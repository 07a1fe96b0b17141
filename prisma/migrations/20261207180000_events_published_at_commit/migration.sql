-- Events are published at COMMIT (events/emit.ts). A writer stages its transaction's events in
-- event_staging; a deferred trigger moves them into the log when the transaction commits, under
-- the log's advisory lock. The lock used to be taken by the writer's last statement and held
-- until its client sent COMMIT: on a busy machine, every writer queued behind the slowest client's
-- round trip. Now it is held for the move and the commit record only, inside the server.
--
-- Staged rows never outlive their transaction (the trigger deletes them before the commit), so
-- the table is unlogged and normally empty. The trigger finds its transaction's rows by txid
-- through the index: it never scans the dead rows of earlier transactions that vacuum has not
-- yet removed (a scan of a few thousand of them took over a second).
CREATE UNLOGGED TABLE "event_staging" (
    "id" BIGSERIAL NOT NULL,
    "txid" XID8 NOT NULL DEFAULT pg_current_xact_id(),
    -- [{type, resourceType, resourceId, payload}, ...] in the order the writer appended them.
    "events" JSONB NOT NULL,
    CONSTRAINT "event_staging_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "event_staging_txid_idx" ON "event_staging"("txid");

CREATE FUNCTION "publish_staged_events"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_id BIGINT;
BEGIN
  -- The first firing in a transaction moves every staged batch of it; later firings find none.
  IF NOT EXISTS (SELECT 1 FROM event_staging WHERE txid = pg_current_xact_id()) THEN
    RETURN NULL;
  END IF;
  -- Ids are taken under the lock and the lock is kept until the commit: ids follow commit order,
  -- so a reader paging by id never skips an event that commits late (events/feed.ts).
  PERFORM pg_advisory_xact_lock(435778514791);
  WITH staged AS (
    DELETE FROM event_staging WHERE txid = pg_current_xact_id() RETURNING id, events
  ), input AS (
    SELECT e->>'type' AS type, e->>'resourceType' AS resource_type, e->>'resourceId' AS resource_id,
           e->'payload' AS payload, row_number() OVER (ORDER BY s.id, t.ord) AS ord
    FROM staged s, jsonb_array_elements(s.events) WITH ORDINALITY AS t(e, ord)
  ), counts AS (
    SELECT resource_type, resource_id, count(*) AS n FROM input GROUP BY resource_type, resource_id
  ), bumped AS (
    INSERT INTO resource_seq AS r (resource_type, resource_id, seq)
    SELECT resource_type, resource_id, n FROM counts ORDER BY resource_type, resource_id
    ON CONFLICT (resource_type, resource_id) DO UPDATE SET seq = r.seq + EXCLUDED.seq, updated_at = now()
    RETURNING resource_type, resource_id, seq
  ), numbered AS (
    SELECT i.type, i.resource_type, i.resource_id, i.payload, i.ord,
           b.seq - count(*) OVER w + row_number() OVER (w ORDER BY i.ord) AS seq
    FROM input i JOIN bumped b USING (resource_type, resource_id)
    WINDOW w AS (PARTITION BY i.resource_type, i.resource_id)
  ), inserted AS (
    INSERT INTO events (type, resource_type, resource_id, seq, payload)
    SELECT type, resource_type, resource_id, seq, payload FROM numbered ORDER BY ord
    RETURNING id
  )
  SELECT max(id) INTO last_id FROM inserted;
  IF last_id IS NOT NULL THEN
    PERFORM pg_notify('events', last_id::text);
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "event_staging_publish_at_commit" AFTER INSERT ON "event_staging"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "publish_staged_events"();

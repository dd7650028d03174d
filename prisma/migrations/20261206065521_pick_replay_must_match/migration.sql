-- AlterTable
ALTER TABLE "PickEvent" ADD COLUMN     "requestedQty" INTEGER;

-- packline_pick as in 20261122030000_pick_in_one_round_trip, now recording the quantity asked for
-- and answering what an earlier use of the same clientEventId was (SKU, quantity, picker), so
-- lib/warehouse/allocate-pick.ts can refuse a different pick sent under a used id (409) instead
-- of answering it with the old pick's allocations.
-- A picker took p_qty of a SKU (scanned or typed: its SKU or barcode) off the shelf. Answers
-- NULL for an unknown code, else the pick as JSON (lib/warehouse/allocate-pick.ts reads it).
-- Runs in the caller's transaction or alone (autocommit); either way the lock is the SKU's
-- floor lock that shorts and undos take too, and it waits at most 10 s unless the caller set a
-- lock_timeout of its own (then SQLSTATE 55P03, lock_not_available).
CREATE OR REPLACE FUNCTION packline_pick(
  p_code text, p_qty int, p_client_event_id text, p_picker_id text)
RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_product record;
  v_pick jsonb;
  v_started int;
BEGIN
  SELECT p.id, p.sku, p.title INTO v_product
  FROM "Product" p WHERE p.sku = p_code OR p.barcode = p_code
  ORDER BY (p.sku = p_code) DESC LIMIT 1;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF current_setting('lock_timeout') = '0' THEN
    PERFORM set_config('lock_timeout', '10s', true);
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('floor:' || v_product.sku, 0));

  -- A new statement of a volatile function takes a new snapshot: it already holds every pick,
  -- short and undo of the SKU committed before the lock was granted, so its choice of lines is
  -- current. Rows are locked orders first (all of them, before any line), then every line of
  -- those orders, each in id order: the order transitionOrder and packing use. Locking returns
  -- each row's latest committed version, so an order cancelled while we waited drops out, and
  -- readiness sees lines of other SKUs picked or shorted meanwhile.
  WITH earlier AS MATERIALIZED (
    SELECT e.qty, e."createdAt", o.number, e.sku, e."requestedQty", e."pickerId"
    FROM "PickEvent" e
    JOIN "OrderItem" i ON i.id = e."orderItemId" JOIN "Order" o ON o.id = i."orderId"
    WHERE e."clientEventId" = p_client_event_id AND e.kind = 'PICK'
  ), candidates AS MATERIALIZED (
    -- A quantity of N never needs more than N lines.
    SELECT i.id, i."orderId"
    FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
    WHERE i.sku = v_product.sku AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered"
      AND o.status IN ('PLACED', 'PROCESSING') AND NOT EXISTS (SELECT 1 FROM earlier)
    ORDER BY i."orderPlacedAt", i."orderId", i.id
    LIMIT p_qty
  ), orders AS MATERIALIZED (
    SELECT o.id, o.number, o.status::text AS status, o."readyToPack" AS "wasReady"
    FROM "Order" o
    WHERE o.id IN (SELECT "orderId" FROM candidates) AND o.status IN ('PLACED', 'PROCESSING')
    ORDER BY o.id
    FOR UPDATE
  ), lines AS MATERIALIZED (
    -- The array is computed before the scan starts, so every order is locked before any line.
    SELECT i.id, i."orderId", i."orderPlacedAt", i."qtyOrdered", i."qtyPicked", i."qtyShort"
    FROM "OrderItem" i
    WHERE i."orderId" = ANY ((SELECT array_agg(id) FROM orders)::text[])
    ORDER BY i.id
    FOR UPDATE
  ), shares AS MATERIALIZED (
    SELECT s.id, s."orderId", s."orderPlacedAt", least(s.open, s.wanted) AS qty
    FROM (
      SELECT l.id, l."orderId", l."orderPlacedAt",
        l."qtyOrdered" - l."qtyPicked" - l."qtyShort" AS open,
        p_qty - coalesce(sum(l."qtyOrdered" - l."qtyPicked" - l."qtyShort") OVER (
          ORDER BY l."orderPlacedAt", l."orderId", l.id
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS wanted
      FROM lines l
      WHERE l.id IN (SELECT id FROM candidates) AND l."qtyPicked" + l."qtyShort" < l."qtyOrdered"
    ) s
    WHERE s.wanted > 0
  ), updated AS (
    -- The guard makes over-allocation impossible even if a caller forgot the locks.
    UPDATE "OrderItem" i SET "qtyPicked" = i."qtyPicked" + s.qty, "updatedAt" = now()
    FROM shares s
    WHERE i.id = s.id AND i."qtyPicked" + i."qtyShort" + s.qty <= i."qtyOrdered"
    RETURNING i.id, s.qty
  ), recorded AS (
    INSERT INTO "PickEvent"
      (id, "clientEventId", kind, sku, "orderItemId", qty, "requestedQty", "pickerId")
    SELECT gen_random_uuid()::text, p_client_event_id, 'PICK', v_product.sku, u.id, u.qty, p_qty,
      p_picker_id
    FROM updated u
    RETURNING 1
  ), readiness AS (
    -- Ready to pack when every line is picked + short ≥ ordered, counting this pick's shares.
    SELECT l."orderId" AS id,
      bool_and(l."qtyPicked" + coalesce(s.qty, 0) + l."qtyShort" >= l."qtyOrdered") AS ready,
      bool_or(l."qtyShort" > 0) AS short
    FROM lines l LEFT JOIN shares s ON s.id = l.id
    WHERE l."orderId" IN (SELECT "orderId" FROM shares)
    GROUP BY l."orderId"
  ), refreshed AS (
    UPDATE "Order" o SET "readyToPack" = r.ready, "hasShortItems" = r.short
    FROM readiness r WHERE o.id = r.id
    RETURNING o.id
  )
  SELECT jsonb_build_object(
    'sku', v_product.sku,
    'title', v_product.title,
    'before', coalesce((SELECT d."qtyOrdered" - d."qtyPicked" - d."qtyShort"
                        FROM "SkuDemand" d WHERE d.sku = v_product.sku), 0),
    'earlier', coalesce((SELECT jsonb_agg(jsonb_build_object('orderNumber', e.number, 'qty', e.qty)
                                          ORDER BY e."createdAt", e.number) FROM earlier e),
                        '[]'::jsonb),
    -- What the earlier use of this clientEventId was, so a different pick under it is refused.
    'earlierPick', (SELECT jsonb_build_object('sku', min(e.sku), 'qty', max(e."requestedQty"),
                                              'pickerId', min(e."pickerId"))
                    FROM earlier e HAVING count(*) > 0),
    'shares', coalesce((SELECT jsonb_agg(jsonb_build_object('orderNumber', o.number, 'qty', s.qty)
                                         ORDER BY s."orderPlacedAt", s."orderId", s.id)
                        FROM shares s JOIN orders o ON o.id = s."orderId"), '[]'::jsonb),
    'orders', coalesce((SELECT jsonb_agg(jsonb_build_object('id', o.id, 'number', o.number,
                                           'status', o.status,
                                           'nowReady', r.ready AND NOT o."wasReady")
                                         ORDER BY o.id)
                        FROM orders o JOIN readiness r ON r.id = o.id
                        WHERE o.id IN (SELECT id FROM refreshed)), '[]'::jsonb),
    'recorded', (SELECT count(*) FROM recorded),
    'shareOrders', (SELECT count(DISTINCT "orderId") FROM shares))
  INTO v_pick;

  IF (v_pick->>'recorded')::int <> jsonb_array_length(v_pick->'shares')
     OR jsonb_array_length(v_pick->'orders') <> (v_pick->>'shareOrders')::int THEN
    RAISE EXCEPTION 'order lines of % changed under the SKU lock', v_product.sku;
  END IF;

  -- The first pick of an order starts it: PLACED → PROCESSING, with history and outbox.
  SELECT count(*) INTO v_started FROM packline_write_status_changes(
    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', o->>'id', 'number', o->>'number',
                                                  'from', 'PLACED')), '[]'::jsonb)
     FROM jsonb_array_elements(v_pick->'orders') o WHERE o->>'status' = 'PLACED'),
    'PROCESSING', p_picker_id, 'picker', 'First item picked');
  IF v_started <> (SELECT count(*) FROM jsonb_array_elements(v_pick->'orders') o
                   WHERE o->>'status' = 'PLACED') THEN
    RAISE EXCEPTION 'an order picked for % changed under its row lock', v_product.sku;
  END IF;

  RETURN v_pick - 'recorded' - 'shareOrders';
END $$;

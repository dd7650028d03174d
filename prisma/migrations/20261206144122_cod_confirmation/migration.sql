-- CreateEnum
CREATE TYPE "CodConfirmation" AS ENUM ('NOT_NEEDED', 'CHECKING', 'AWAITING', 'CONFIRMED', 'CANCELLED', 'NO_ANSWER');

-- CreateEnum
CREATE TYPE "CodConfirmationVia" AS ENUM ('WHATSAPP', 'LINK', 'OPS_CALL');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "codConfirmation" "CodConfirmation" NOT NULL DEFAULT 'NOT_NEEDED',
ADD COLUMN     "codConfirmationAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "codConfirmationBy" TEXT,
ADD COLUMN     "codConfirmationDueAt" TIMESTAMP(3),
ADD COLUMN     "codConfirmationVia" "CodConfirmationVia";

-- CreateTable
CREATE TABLE "CodConfirmationEvent" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "fromState" "CodConfirmation",
    "toState" "CodConfirmation" NOT NULL,
    "via" "CodConfirmationVia",
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "note" TEXT,
    "replyRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodConfirmationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CodConfirmationEvent_replyRef_key" ON "CodConfirmationEvent"("replyRef");

-- CreateIndex
CREATE INDEX "CodConfirmationEvent_orderId_createdAt_idx" ON "CodConfirmationEvent"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_codConfirmation_placedAt_idx" ON "Order"("codConfirmation", "placedAt");

-- AddForeignKey
ALTER TABLE "CodConfirmationEvent" ADD CONSTRAINT "CodConfirmationEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The one predicate for "this order's lines belong to the floor": an open order (PLACED or
-- PROCESSING) whose COD confirmation, if it needed one, has come back confirmed. An order waiting
-- for the rule, for the buyer, for ops after no answer, or cancelled, stays off the pick list, its
-- stats, allocation and waves; SkuDemand counts only such orders, so everything that reads it
-- agrees. lib/warehouse/on-floor.ts names it for the application's queries.
CREATE FUNCTION packline_order_on_floor(status "OrderStatus", confirmation "CodConfirmation")
  RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT packline_order_active(status) AND confirmation IN ('NOT_NEEDED', 'CONFIRMED')
$$;

-- The SkuDemand triggers of 20261122005259_sku_demand, counting orders on the floor instead of
-- every open order: an order entering or leaving the floor (placed, confirmed, cancelled, shipped)
-- adds or removes all of its lines.
CREATE OR REPLACE FUNCTION packline_sku_demand_items_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  SELECT jsonb_agg(t) INTO deltas FROM (
    SELECT n."sku", sum(n."qtyOrdered")::int AS o, sum(n."qtyPicked")::int AS p,
           sum(n."qtyShort")::int AS s,
           sum((n."qtyPicked" + n."qtyShort" < n."qtyOrdered")::int)::int AS l
    FROM new_items n JOIN "Order" ord ON ord."id" = n."orderId"
    WHERE packline_order_on_floor(ord."status", ord."codConfirmation")
    GROUP BY n."sku") t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION packline_sku_demand_items_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  SELECT jsonb_agg(t) INTO deltas FROM (
    SELECT d."sku", -sum(d."qtyOrdered")::int AS o, -sum(d."qtyPicked")::int AS p,
           -sum(d."qtyShort")::int AS s,
           -sum((d."qtyPicked" + d."qtyShort" < d."qtyOrdered")::int)::int AS l
    FROM old_items d JOIN "Order" ord ON ord."id" = d."orderId"
    WHERE packline_order_on_floor(ord."status", ord."codConfirmation")
    GROUP BY d."sku") t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION packline_sku_demand_items_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  SELECT jsonb_agg(t) INTO deltas FROM (
    SELECT c."sku", sum(c.o)::int AS o, sum(c.p)::int AS p, sum(c.s)::int AS s, sum(c.l)::int AS l
    FROM (
      SELECT n."sku", n."orderId", n."qtyOrdered" AS o, n."qtyPicked" AS p, n."qtyShort" AS s,
             (n."qtyPicked" + n."qtyShort" < n."qtyOrdered")::int AS l
      FROM new_items n
      UNION ALL
      SELECT d."sku", d."orderId", -d."qtyOrdered", -d."qtyPicked", -d."qtyShort",
             -((d."qtyPicked" + d."qtyShort" < d."qtyOrdered")::int)
      FROM old_items d
    ) c JOIN "Order" ord ON ord."id" = c."orderId"
    WHERE packline_order_on_floor(ord."status", ord."codConfirmation")
    GROUP BY c."sku"
    HAVING sum(c.o) <> 0 OR sum(c.p) <> 0 OR sum(c.s) <> 0 OR sum(c.l) <> 0) t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION packline_sku_demand_orders_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  SELECT jsonb_agg(t) INTO deltas FROM (
    SELECT i."sku", sum(i."qtyOrdered" * c.sign)::int AS o, sum(i."qtyPicked" * c.sign)::int AS p,
           sum(i."qtyShort" * c.sign)::int AS s,
           sum((i."qtyPicked" + i."qtyShort" < i."qtyOrdered")::int * c.sign)::int AS l
    FROM (
      SELECT n."id",
        CASE WHEN packline_order_on_floor(n."status", n."codConfirmation") THEN 1 ELSE -1 END AS sign
      FROM new_orders n JOIN old_orders d ON d."id" = n."id"
      WHERE packline_order_on_floor(n."status", n."codConfirmation")
        <> packline_order_on_floor(d."status", d."codConfirmation")
    ) c JOIN "OrderItem" i ON i."orderId" = c."id"
    GROUP BY i."sku") t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION packline_sku_demand_order_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  IF packline_order_on_floor(OLD."status", OLD."codConfirmation") THEN
    SELECT jsonb_agg(t) INTO deltas FROM (
      SELECT i."sku", -sum(i."qtyOrdered")::int AS o, -sum(i."qtyPicked")::int AS p,
             -sum(i."qtyShort")::int AS s,
             -sum((i."qtyPicked" + i."qtyShort" < i."qtyOrdered")::int)::int AS l
      FROM "OrderItem" i WHERE i."orderId" = OLD."id" GROUP BY i."sku") t;
    IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  END IF;
  RETURN OLD;
END $$;

-- Whatever path inserts an order (store import, seed, a test, a future manual order), a COD
-- order placed while the admin's confirmation rule is on starts held: CHECKING until the rule is
-- applied by the cod-confirmation job (lib/cod-confirmation/check-placed-orders.ts), which runs
-- after the inserting transaction has committed the order's RTO risk score. Deciding here would
-- read a score not written yet.
CREATE FUNCTION packline_cod_confirmation_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."paymentMethod" = 'COD' AND NEW."codConfirmation" = 'NOT_NEEDED'
     AND packline_order_active(NEW."status")
     AND EXISTS (SELECT 1 FROM "Setting" s
                 WHERE s."key" = 'cod-confirmation.rule' AND s."value"->>'enabled' = 'true') THEN
    NEW."codConfirmation" := 'CHECKING';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER cod_confirmation_hold BEFORE INSERT ON "Order"
  FOR EACH ROW EXECUTE FUNCTION packline_cod_confirmation_hold();

-- packline_pick as in 20261206113235_cluster_picking_waves, taking lines only of orders on the
-- floor (packline_order_on_floor): an unconfirmed COD order is never allocated a unit.
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
      AND packline_order_on_floor(o.status, o."codConfirmation") AND NOT EXISTS (SELECT 1 FROM earlier)
      -- An order in an open wave is picked into its tote, never by whole-list picking.
      AND NOT EXISTS (SELECT 1 FROM "WaveOrder" w WHERE w."orderId" = o.id AND w."open")
    ORDER BY i."orderPlacedAt", i."orderId", i.id
    LIMIT p_qty
  ), orders AS MATERIALIZED (
    SELECT o.id, o.number, o.status::text AS status, o."readyToPack" AS "wasReady"
    FROM "Order" o
    WHERE o.id IN (SELECT "orderId" FROM candidates) AND packline_order_on_floor(o.status, o."codConfirmation")
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
                        FROM "SkuDemand" d WHERE d.sku = v_product.sku), 0)
              - packline_waved_open(v_product.sku),
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

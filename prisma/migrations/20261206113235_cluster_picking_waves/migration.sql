-- CreateEnum
CREATE TYPE "WaveStatus" AS ENUM ('RELEASED', 'PICKING', 'PICKED', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "toteCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tote" (
    "id" TEXT NOT NULL,
    "cartId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Tote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wave" (
    "id" TEXT NOT NULL,
    "cartId" TEXT NOT NULL,
    "status" "WaveStatus" NOT NULL DEFAULT 'RELEASED',
    "releasedById" TEXT NOT NULL,
    "releasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pickedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Wave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaveOrder" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "toteId" TEXT,
    "open" BOOLEAN NOT NULL DEFAULT true,
    "slot" INTEGER NOT NULL,

    CONSTRAINT "WaveOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_name_key" ON "Cart"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Tote_code_key" ON "Tote"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Tote_cartId_position_key" ON "Tote"("cartId", "position");

-- CreateIndex
CREATE INDEX "Wave_status_releasedAt_idx" ON "Wave"("status", "releasedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Wave_open_cart_key" ON "Wave"("cartId") WHERE ("status" IN ('RELEASED', 'PICKING', 'PICKED'));

-- CreateIndex
CREATE INDEX "WaveOrder_waveId_idx" ON "WaveOrder"("waveId");

-- CreateIndex
CREATE INDEX "WaveOrder_orderId_idx" ON "WaveOrder"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "WaveOrder_waveId_slot_key" ON "WaveOrder"("waveId", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "WaveOrder_open_order_key" ON "WaveOrder"("orderId") WHERE ("open");

-- CreateIndex
CREATE UNIQUE INDEX "WaveOrder_open_tote_key" ON "WaveOrder"("toteId") WHERE ("open");

-- AddForeignKey
ALTER TABLE "Tote" ADD CONSTRAINT "Tote_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wave" ADD CONSTRAINT "Wave_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wave" ADD CONSTRAINT "Wave_releasedById_fkey" FOREIGN KEY ("releasedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveOrder" ADD CONSTRAINT "WaveOrder_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "Wave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveOrder" ADD CONSTRAINT "WaveOrder_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaveOrder" ADD CONSTRAINT "WaveOrder_toteId_fkey" FOREIGN KEY ("toteId") REFERENCES "Tote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An order that leaves the floor (packed, cancelled, anything past PLACED/PROCESSING) frees its
-- place in its wave and its tote, and a wave whose orders have all left is DONE. Kept here so
-- every writer of Order.status (packing, cancellation, the store import) does it without knowing
-- waves exist.
CREATE FUNCTION packline_wave_order_left() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_wave text;
BEGIN
  UPDATE "WaveOrder" SET "open" = false
  WHERE "orderId" = NEW."id" AND "open"
  RETURNING "waveId" INTO v_wave;
  IF v_wave IS NULL THEN RETURN NULL; END IF;
  -- The last two orders of a wave leaving at once queue on the wave's row, and the check below is
  -- a statement of its own: the second sees the first's closed order, so one of them ends it.
  PERFORM 1 FROM "Wave" WHERE "id" = v_wave FOR UPDATE;
  UPDATE "Wave" w SET "status" = 'DONE', "closedAt" = now()
  WHERE w."id" = v_wave
    AND w."status" IN ('RELEASED', 'PICKING', 'PICKED')
    AND NOT EXISTS (SELECT 1 FROM "WaveOrder" o WHERE o."waveId" = w."id" AND o."open");
  RETURN NULL;
END $$;

CREATE TRIGGER wave_order_left AFTER UPDATE OF "status" ON "Order"
  FOR EACH ROW
  WHEN (packline_order_active(OLD."status") AND NOT packline_order_active(NEW."status"))
  EXECUTE FUNCTION packline_wave_order_left();

-- What the open waves still need of a SKU: whole-list picking's demand is SkuDemand less this.
CREATE FUNCTION packline_waved_open(p_sku text) RETURNS int LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(i."qtyOrdered" - i."qtyPicked" - i."qtyShort"), 0)::int
  FROM "WaveOrder" w JOIN "OrderItem" i ON i."orderId" = w."orderId"
  WHERE w."open" AND i.sku = p_sku
$$;

-- packline_pick as in 20261206065521_pick_replay_must_match, now leaving the orders of open
-- waves alone (and answering what whole-list picking still needs without them). Wave release takes the floor lock of every SKU it takes orders for
-- (lib/waves/release-wave.ts), so a pick waiting on that lock sees the new wave once it has it.
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
      -- An order in an open wave is picked into its tote, never by whole-list picking.
      AND NOT EXISTS (SELECT 1 FROM "WaveOrder" w WHERE w."orderId" = o.id AND w."open")
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

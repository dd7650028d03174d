-- CreateTable
CREATE TABLE "SkuDemand" (
    "sku" TEXT NOT NULL,
    "qtyOrdered" INTEGER NOT NULL DEFAULT 0,
    "qtyPicked" INTEGER NOT NULL DEFAULT 0,
    "qtyShort" INTEGER NOT NULL DEFAULT 0,
    "openLines" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SkuDemand_pkey" PRIMARY KEY ("sku")
);

-- CreateIndex
CREATE INDEX "OrderItem_open_sku_placed_idx" ON "OrderItem"("sku", "orderPlacedAt") WHERE ("qtyPicked" + "qtyShort" < "qtyOrdered");

-- SkuDemand is maintained here, in the database, so that every writer of order lines (picks,
-- shorts, imports, the seed, cancellations) keeps it exact without knowing it exists.
-- Statement-level triggers aggregate a whole bulk insert in one pass and touch SkuDemand rows in
-- SKU order, so concurrent writers cannot deadlock on them.
CREATE FUNCTION packline_order_active(status "OrderStatus") RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ SELECT status IN ('PLACED', 'PROCESSING') $$;

CREATE FUNCTION packline_apply_sku_demand(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SkuDemand" AS d ("sku", "qtyOrdered", "qtyPicked", "qtyShort", "openLines")
  SELECT x.sku, x.o, x.p, x.s, x.l
  FROM jsonb_to_recordset(deltas) AS x(sku text, o int, p int, s int, l int)
  ORDER BY x.sku
  ON CONFLICT ("sku") DO UPDATE SET
    "qtyOrdered" = d."qtyOrdered" + EXCLUDED."qtyOrdered",
    "qtyPicked" = d."qtyPicked" + EXCLUDED."qtyPicked",
    "qtyShort" = d."qtyShort" + EXCLUDED."qtyShort",
    "openLines" = d."openLines" + EXCLUDED."openLines";
END $$;

-- Transition tables allow one event per trigger, hence one function per event.
CREATE FUNCTION packline_sku_demand_items_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  SELECT jsonb_agg(t) INTO deltas FROM (
    SELECT n."sku", sum(n."qtyOrdered")::int AS o, sum(n."qtyPicked")::int AS p,
           sum(n."qtyShort")::int AS s,
           sum((n."qtyPicked" + n."qtyShort" < n."qtyOrdered")::int)::int AS l
    FROM new_items n JOIN "Order" ord ON ord."id" = n."orderId"
    WHERE packline_order_active(ord."status")
    GROUP BY n."sku") t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION packline_sku_demand_items_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  -- Lines deleted with their order (cascade) find no order row here: the order's own
  -- BEFORE DELETE trigger has already taken them out.
  SELECT jsonb_agg(t) INTO deltas FROM (
    SELECT d."sku", -sum(d."qtyOrdered")::int AS o, -sum(d."qtyPicked")::int AS p,
           -sum(d."qtyShort")::int AS s,
           -sum((d."qtyPicked" + d."qtyShort" < d."qtyOrdered")::int)::int AS l
    FROM old_items d JOIN "Order" ord ON ord."id" = d."orderId"
    WHERE packline_order_active(ord."status")
    GROUP BY d."sku") t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION packline_sku_demand_items_update() RETURNS trigger LANGUAGE plpgsql AS $$
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
    WHERE packline_order_active(ord."status")
    GROUP BY c."sku"
    HAVING sum(c.o) <> 0 OR sum(c.p) <> 0 OR sum(c.s) <> 0 OR sum(c.l) <> 0) t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

-- An order entering or leaving PLACED/PROCESSING adds or removes all of its lines.
CREATE FUNCTION packline_sku_demand_orders_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  SELECT jsonb_agg(t) INTO deltas FROM (
    SELECT i."sku", sum(i."qtyOrdered" * c.sign)::int AS o, sum(i."qtyPicked" * c.sign)::int AS p,
           sum(i."qtyShort" * c.sign)::int AS s,
           sum((i."qtyPicked" + i."qtyShort" < i."qtyOrdered")::int * c.sign)::int AS l
    FROM (
      SELECT n."id", CASE WHEN packline_order_active(n."status") THEN 1 ELSE -1 END AS sign
      FROM new_orders n JOIN old_orders d ON d."id" = n."id"
      WHERE packline_order_active(n."status") <> packline_order_active(d."status")
    ) c JOIN "OrderItem" i ON i."orderId" = c."id"
    GROUP BY i."sku") t;
  IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION packline_sku_demand_order_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  IF packline_order_active(OLD."status") THEN
    SELECT jsonb_agg(t) INTO deltas FROM (
      SELECT i."sku", -sum(i."qtyOrdered")::int AS o, -sum(i."qtyPicked")::int AS p,
             -sum(i."qtyShort")::int AS s,
             -sum((i."qtyPicked" + i."qtyShort" < i."qtyOrdered")::int)::int AS l
      FROM "OrderItem" i WHERE i."orderId" = OLD."id" GROUP BY i."sku") t;
    IF deltas IS NOT NULL THEN PERFORM packline_apply_sku_demand(deltas); END IF;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER sku_demand_items_insert AFTER INSERT ON "OrderItem"
  REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT
  EXECUTE FUNCTION packline_sku_demand_items_insert();
CREATE TRIGGER sku_demand_items_update AFTER UPDATE ON "OrderItem"
  REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items FOR EACH STATEMENT
  EXECUTE FUNCTION packline_sku_demand_items_update();
CREATE TRIGGER sku_demand_items_delete AFTER DELETE ON "OrderItem"
  REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT
  EXECUTE FUNCTION packline_sku_demand_items_delete();
CREATE TRIGGER sku_demand_orders_update AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_orders NEW TABLE AS new_orders FOR EACH STATEMENT
  EXECUTE FUNCTION packline_sku_demand_orders_update();
CREATE TRIGGER sku_demand_order_delete BEFORE DELETE ON "Order"
  FOR EACH ROW EXECUTE FUNCTION packline_sku_demand_order_delete();

-- Backfill from the lines that exist when this migration runs.
INSERT INTO "SkuDemand" ("sku", "qtyOrdered", "qtyPicked", "qtyShort", "openLines")
SELECT i."sku", sum(i."qtyOrdered"), sum(i."qtyPicked"), sum(i."qtyShort"),
       sum((i."qtyPicked" + i."qtyShort" < i."qtyOrdered")::int)
FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
WHERE packline_order_active(o."status")
GROUP BY i."sku";

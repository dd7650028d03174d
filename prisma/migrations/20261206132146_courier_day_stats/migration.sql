-- CreateTable
CREATE TABLE "CourierDayStats" (
    "day" DATE NOT NULL,
    "courier" "CourierCode" NOT NULL,
    "fromDistrict" CHAR(3) NOT NULL,
    "toDistrict" CHAR(3) NOT NULL,
    "shipments" INTEGER NOT NULL,
    "delivered" INTEGER NOT NULL,
    "rto" INTEGER NOT NULL,
    "promised" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "firstAttempt" INTEGER NOT NULL,
    "deliverDaysSum" DOUBLE PRECISION NOT NULL,
    "deliverDaysCount" INTEGER NOT NULL,
    "chargePaiseSum" BIGINT NOT NULL,
    "charged" INTEGER NOT NULL,

    CONSTRAINT "CourierDayStats_pkey" PRIMARY KEY ("day","courier","fromDistrict","toDistrict")
);

-- CreateTable
CREATE TABLE "CourierDayStatsStale" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "CourierDayStatsStale_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CourierDayStatsStale_day_idx" ON "CourierDayStatsStale"("day");

-- A booking's IST day, the key of CourierDayStats.
CREATE FUNCTION packline_ist_day(at TIMESTAMP(3)) RETURNS DATE
  LANGUAGE sql IMMUTABLE AS $$ SELECT (at + interval '330 minutes')::date $$;

-- Marks the booking days a change moves: the old day and the new one (a changed booking time).
-- A plain append, never a conflict or a lock: the fold deletes only the marks committed before
-- it starts, so a change still in flight leaves its mark for the next fold and is never lost.
CREATE FUNCTION packline_shipment_stats_stale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_day DATE;
  new_day DATE;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."bookedAt" IS NOT NULL THEN
    old_day := packline_ist_day(OLD."bookedAt");
    INSERT INTO "CourierDayStatsStale" (day) VALUES (old_day);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."bookedAt" IS NOT NULL THEN
    new_day := packline_ist_day(NEW."bookedAt");
    IF old_day IS DISTINCT FROM new_day THEN
      INSERT INTO "CourierDayStatsStale" (day) VALUES (new_day);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Shipment_stats_stale_row" AFTER INSERT OR DELETE ON "Shipment"
  FOR EACH ROW EXECUTE FUNCTION packline_shipment_stats_stale();

-- Only the columns the sums read: the tracking poll's own bookkeeping marks nothing.
CREATE TRIGGER "Shipment_stats_stale_update" AFTER UPDATE ON "Shipment"
  FOR EACH ROW WHEN (
    OLD."bookedAt" IS DISTINCT FROM NEW."bookedAt"
    OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.direction IS DISTINCT FROM NEW.direction
    OR OLD."orderId" IS DISTINCT FROM NEW."orderId"
    OR OLD."courierAccountId" IS DISTINCT FROM NEW."courierAccountId"
    OR OLD."deliveredAt" IS DISTINCT FROM NEW."deliveredAt"
    OR OLD."expectedDeliveryAt" IS DISTINCT FROM NEW."expectedDeliveryAt"
    OR OLD."firstPromisedAt" IS DISTINCT FROM NEW."firstPromisedAt"
    OR OLD."deliveryAttempts" IS DISTINCT FROM NEW."deliveryAttempts"
    OR OLD."hadFailedAttempt" IS DISTINCT FROM NEW."hadFailedAttempt"
    OR OLD."chargePaise" IS DISTINCT FROM NEW."chargePaise")
  EXECUTE FUNCTION packline_shipment_stats_stale();

-- The drop district is the order's pincode, the pickup district the courier account's: a change
-- to either marks the booking days of the row's shipments (TG_ARGV[0]: their column naming it).
CREATE FUNCTION packline_shipments_stats_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('INSERT INTO "CourierDayStatsStale" (day)
    SELECT DISTINCT packline_ist_day(s."bookedAt") FROM "Shipment" s
    WHERE s.%I = $1 AND s."bookedAt" IS NOT NULL', TG_ARGV[0]) USING NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Order_stats_stale" AFTER UPDATE OF pincode ON "Order"
  FOR EACH ROW WHEN (OLD.pincode IS DISTINCT FROM NEW.pincode)
  EXECUTE FUNCTION packline_shipments_stats_stale('orderId');

CREATE TRIGGER "CourierAccount_stats_stale" AFTER UPDATE ON "CourierAccount"
  FOR EACH ROW WHEN (OLD."pickupPincode" IS DISTINCT FROM NEW."pickupPincode"
    OR OLD.courier IS DISTINCT FROM NEW.courier)
  EXECUTE FUNCTION packline_shipments_stats_stale('courierAccountId');

-- Every day already booked is summed by the worker's first fold; until then it is read live.
INSERT INTO "CourierDayStatsStale" (day)
  SELECT DISTINCT packline_ist_day("bookedAt") FROM "Shipment" WHERE "bookedAt" IS NOT NULL;

-- CreateEnum
CREATE TYPE "PickupRegistrationStatus" AS ENUM ('PENDING', 'REGISTERED', 'FAILED');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "pickupLocationId" TEXT;

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "pickupLocationId" TEXT;

-- CreateTable
CREATE TABLE "PickupLocation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "line1" TEXT NOT NULL,
    "line2" TEXT,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "pincode" CHAR(6) NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" CHAR(10) NOT NULL,
    "contactEmail" TEXT,
    "gstin" CHAR(15),
    "openingHours" JSONB NOT NULL DEFAULT '{}',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "addressVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PickupLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PickupLocationRegistration" (
    "id" TEXT NOT NULL,
    "pickupLocationId" TEXT NOT NULL,
    "courierAccountId" TEXT NOT NULL,
    "status" "PickupRegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "courierLocationName" TEXT NOT NULL,
    "courierLocationId" TEXT,
    "answer" TEXT,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PickupLocationRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PickupRule" (
    "id" TEXT NOT NULL,
    "pincodePrefix" VARCHAR(6) NOT NULL,
    "pickupLocationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PickupRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PickupLocation_name_key" ON "PickupLocation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PickupLocationRegistration_pickupLocationId_courierAccountI_key" ON "PickupLocationRegistration"("pickupLocationId", "courierAccountId");

-- CreateIndex
CREATE INDEX "PickupRule_position_idx" ON "PickupRule"("position");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_pickupLocationId_fkey" FOREIGN KEY ("pickupLocationId") REFERENCES "PickupLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_pickupLocationId_fkey" FOREIGN KEY ("pickupLocationId") REFERENCES "PickupLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PickupLocationRegistration" ADD CONSTRAINT "PickupLocationRegistration_pickupLocationId_fkey" FOREIGN KEY ("pickupLocationId") REFERENCES "PickupLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PickupLocationRegistration" ADD CONSTRAINT "PickupLocationRegistration_courierAccountId_fkey" FOREIGN KEY ("courierAccountId") REFERENCES "CourierAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PickupRule" ADD CONSTRAINT "PickupRule_pickupLocationId_fkey" FOREIGN KEY ("pickupLocationId") REFERENCES "PickupLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The default location: at most one (this index), always active (this check), and while any
-- location exists there is one (the deferred trigger below, checked at commit so that moving the
-- default is one transaction: clear the old, set the new).
CREATE UNIQUE INDEX "PickupLocation_one_default" ON "PickupLocation" ("isDefault") WHERE "isDefault";
ALTER TABLE "PickupLocation" ADD CONSTRAINT "PickupLocation_default_is_active" CHECK (NOT "isDefault" OR "active");
ALTER TABLE "PickupLocation" ADD CONSTRAINT "PickupLocation_pincode_format" CHECK ("pincode" ~ '^[1-9][0-9]{5}$');
ALTER TABLE "PickupLocation" ADD CONSTRAINT "PickupLocation_phone_format" CHECK ("contactPhone" ~ '^[6-9][0-9]{9}$');
ALTER TABLE "PickupRule" ADD CONSTRAINT "PickupRule_prefix_format" CHECK ("pincodePrefix" ~ '^[0-9]{1,6}$');

CREATE FUNCTION "pickup_location_has_default"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "PickupLocation")
     AND NOT EXISTS (SELECT 1 FROM "PickupLocation" WHERE "isDefault") THEN
    RAISE EXCEPTION 'pickup locations need exactly one default'
      USING ERRCODE = '23514', CONSTRAINT = 'PickupLocation_one_default';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "PickupLocation_default_exists"
  AFTER INSERT OR UPDATE OR DELETE ON "PickupLocation"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "pickup_location_has_default"();

-- The one pickup address kept so far (Setting "shipping.pickup_address") becomes the default
-- location; its pincode, which the setting never held, is the first courier account's pickup
-- pincode. A setting missing a name, a 10-digit phone, line 1, city or state was never bookable
-- and is left for the admin to enter on /admin/locations.
INSERT INTO "PickupLocation" ("id", "name", "line1", "line2", "city", "state", "pincode",
  "contactName", "contactPhone", "contactEmail", "gstin", "openingHours", "isDefault", "updatedAt")
SELECT 'loc_' || md5(random()::text || clock_timestamp()::text),
  s.value->>'name', s.value->>'line1', NULLIF(s.value->>'line2', ''), s.value->>'city',
  s.value->>'state', p.pincode, s.value->>'name', s.value->>'phone',
  NULLIF(s.value->>'email', ''),
  CASE WHEN upper(s.value->>'gstin') ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'
    THEN upper(s.value->>'gstin') END,
  '{}'::jsonb, true, CURRENT_TIMESTAMP
FROM "Setting" s
CROSS JOIN LATERAL (
  SELECT COALESCE(
    CASE WHEN s.value->>'pincode' ~ '^[1-9][0-9]{5}$' THEN s.value->>'pincode' END,
    (SELECT ca."pickupPincode" FROM "CourierAccount" ca
      WHERE ca."pickupPincode" ~ '^[1-9][0-9]{5}$'
      ORDER BY ca."active" DESC, ca."priority", ca."createdAt" LIMIT 1)) AS pincode
) p
WHERE s.key = 'shipping.pickup_address'
  AND p.pincode IS NOT NULL
  AND COALESCE(s.value->>'name', '') <> ''
  AND COALESCE(s.value->>'phone', '') ~ '^[6-9][0-9]{9}$'
  AND COALESCE(s.value->>'line1', '') <> ''
  AND COALESCE(s.value->>'city', '') <> ''
  AND COALESCE(s.value->>'state', '') <> '';

-- Every account booked from that address under its pickup location name (Shiprocket's adapter
-- fell back to "Primary"): that name is already registered with the courier, so it is kept.
INSERT INTO "PickupLocationRegistration" ("id", "pickupLocationId", "courierAccountId", "status",
  "courierLocationName", "answer", "answeredAt", "updatedAt")
SELECT 'reg_' || md5(random()::text || ca."id"), l."id", ca."id", 'REGISTERED',
  COALESCE(NULLIF(trim(ca."pickupLocationName"), ''), 'Primary'),
  'Registered with the courier before Packline kept pickup locations (the account''s pickup location name).',
  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "CourierAccount" ca
JOIN "PickupLocation" l ON l."isDefault"
WHERE NULLIF(trim(ca."pickupLocationName"), '') IS NOT NULL OR ca."courier" = 'SHIPROCKET';

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "firstPromisedAt" TIMESTAMP(3),
ADD COLUMN     "hadFailedAttempt" BOOLEAN NOT NULL DEFAULT false;

-- Existing shipments keep their history: the first promise recorded, and any NDR scan.
UPDATE "Shipment" s SET "firstPromisedAt" = p."expectedDeliveryAt"
FROM (
  SELECT DISTINCT ON ("shipmentId") "shipmentId", "expectedDeliveryAt"
  FROM "ShipmentPromise"
  ORDER BY "shipmentId", "recordedAt", id
) p
WHERE p."shipmentId" = s.id;

UPDATE "Shipment" s SET "hadFailedAttempt" = true
WHERE EXISTS (SELECT 1 FROM "TrackingEvent" e WHERE e."shipmentId" = s.id AND e.status = 'NDR');

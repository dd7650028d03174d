-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "staleReference" TEXT;

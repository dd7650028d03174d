import type { Metadata } from "next";
import { PickupLocations } from "@/components/admin/pickup-locations";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Pickup locations" };

export default async function PickupLocationsPage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Pickup locations"
        description="The warehouses couriers collect parcels from, each registered with every courier account, and which one an order ships from."
      />
      <PickupLocations />
    </>
  );
}

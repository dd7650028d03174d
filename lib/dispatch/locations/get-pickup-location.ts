import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OpeningHours } from "@/lib/validation/pickup-location";
import { locationSelect, type PickupLocationView } from "./location-view";
import { locationMissing } from "./location-rules";
import { registrationSelect, type RegistrationView } from "./registration-view";

const accountSelect = { id: true, courier: true, name: true, active: true } as const;
const fullSelect = { ...locationSelect, registrations: { select: registrationSelect } } as const;

/** Every location, default first, each with its standing at every active courier account. */
export async function listPickupLocations(): Promise<PickupLocationView[]> {
  const [locations, accounts] = await Promise.all([
    db.pickupLocation.findMany({
      orderBy: [{ isDefault: "desc" }, { active: "desc" }, { name: "asc" }],
      select: fullSelect,
    }),
    db.courierAccount.findMany({ orderBy: { priority: "asc" }, select: accountSelect }),
  ]);
  return locations.map((l) => toView(l, accounts));
}

export async function getPickupLocation(id: string): Promise<PickupLocationView> {
  const [location, accounts] = await Promise.all([
    db.pickupLocation.findUnique({
      where: { id },
      select: fullSelect,
    }),
    db.courierAccount.findMany({ orderBy: { priority: "asc" }, select: accountSelect }),
  ]);
  if (!location) throw locationMissing();
  return toView(location, accounts);
}

type Row = Prisma.PickupLocationGetPayload<{ select: typeof fullSelect }>;
type Account = { id: string; courier: RegistrationView["courier"]; name: string; active: boolean };

function toView(row: Row, accounts: Account[]): PickupLocationView {
  const { registrations, openingHours, ...location } = row;
  // an inactive account shows only where it was registered: it books nothing now
  const shown = accounts.filter(
    (a) => a.active || registrations.some((r) => r.courierAccountId === a.id),
  );
  return {
    ...location,
    openingHours: openingHours as OpeningHours,
    registrations: shown.map((a) => {
      const r = registrations.find((x) => x.courierAccountId === a.id);
      return {
        courierAccountId: a.id,
        courier: a.courier,
        accountName: a.name,
        status: r?.status ?? "NOT_REGISTERED",
        courierLocationName: r?.courierLocationName ?? null,
        courierLocationId: r?.courierLocationId ?? null,
        answer: r?.answer ?? null,
        answeredAt: r?.answeredAt ?? null,
      };
    }),
  };
}

import type { NextRequest } from "next/server";
import { POST as postClose } from "@/app/api/dispatch/handovers/[id]/close/route";
import { POST as postScan } from "@/app/api/dispatch/handovers/[id]/scans/route";
import { POST as postOpen } from "@/app/api/dispatch/handovers/route";
import { db } from "@/lib/db";
import { handoverJob } from "@/lib/dispatch/handover-job";
import type { CourierCode, Role } from "@/lib/generated/prisma/enums";
import { createOrderWithBooking, createSandboxCourierAccount } from "./courier-fixtures";
import { createUser } from "./packing-fixtures";
import { pageRequest, sessionCookie } from "./session-cookie";

// The dock in integration tests: courier accounts on the sandbox, parcels booked through the
// real adapters, and the dispatch routes called as the screen calls them.

type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export async function dockUser(role: Role = "PACKER") {
  const user = await createUser(role);
  return { ...user, cookie: await sessionCookie({ id: user.id, role }) };
}

export function sandboxAccount(sandboxUrl: string, courier: CourierCode, name = `${courier} dock`) {
  return createSandboxCourierAccount(sandboxUrl, courier, { name });
}

/** A SHIPPED order whose BOOKED parcel the sandbox courier issued, with a weight and COD amount. */
export async function bookedParcel(courierAccountId: string, cod = 0) {
  const { order, awb } = await createOrderWithBooking({ courierAccountId, status: "SHIPPED" });
  if (cod)
    await db.order.update({
      where: { id: order.id },
      data: { paymentMethod: "COD", codAmountPaise: cod },
    });
  await db.shipment.update({ where: { awb }, data: { weightGrams: 650, bookedAt: new Date() } });
  return { orderId: order.id, orderNumber: order.number, awb };
}

async function call(handler: Handler, path: string, cookie: string, id: string, body?: unknown) {
  const res = await handler(pageRequest(path, { cookie, method: "POST", body }), {
    params: Promise.resolve({ id }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export const openHandoverAs = (cookie: string, courierAccountId: string) =>
  call(postOpen as Handler, "/api/dispatch/handovers", cookie, "", {
    courierAccountId,
    locationKey: "main",
  });

export const scanAs = (cookie: string, handoverId: string, awb: string) =>
  call(postScan as Handler, `/api/dispatch/handovers/${handoverId}/scans`, cookie, handoverId, {
    awb,
  });

export const tomorrowIst = () =>
  new Date(Date.now() + 330 * 60_000 + 86_400_000).toISOString().slice(0, 10);

export const closeAs = (cookie: string, handoverId: string) =>
  call(postClose as Handler, `/api/dispatch/handovers/${handoverId}/close`, cookie, handoverId, {
    date: tomorrowIst(),
    slot: "10:00-13:00",
  });

/** Runs the jobs the close queued, as the worker would: taken from pg-boss's own table. */
export async function runQueuedHandoverJobs(handoverId: string): Promise<number> {
  const jobs = await db.$queryRaw<{ data: { handoverId: string; step: "close" | "pickup" } }[]>`
    SELECT data FROM pgboss.job WHERE name = ${handoverJob.name} AND data->>'handoverId' = ${handoverId}
    ORDER BY created_on`;
  for (const job of jobs) await handoverJob.handle(job.data, {} as never);
  return jobs.length;
}

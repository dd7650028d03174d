import type { Router } from "../../http";
import { addScan } from "./lifecycle";
import { ack, ackList, ekartError, ekartInvalid, manifestAnswer } from "./payloads";
import { guard } from "./route-guard";
import { current, ekartState } from "./state";

/** After booking: manifests, pickup (dispatch) dates and NDR answers. */
export function mountEkartHandoverRoutes(router: Router): void {
  router
    .on(
      "POST",
      "/ekart/data/v2/generate/manifest",
      guard((req) => {
        const ids = req.json<{ ids?: string[] }>().ids ?? [];
        if (!ids.length || ids.length > 100 || ids.some((id) => !ekartState.shipments.has(id)))
          return ekartInvalid("1..100 known ids required");
        const manifestNumber = 7_000_000 + ekartState.manifests.size + 1;
        ekartState.manifests.set(manifestNumber, ids);
        const url = `http://${req.headers.host}/ekart/_files/manifest/${manifestNumber}.pdf`;
        return { body: manifestAnswer(manifestNumber, url) };
      }),
    )
    .on(
      "POST",
      "/ekart/data/shipment/dispatch-date",
      guard(async (req) => {
        const { ids = [], dispatchDate } = req.json<{ ids?: string[]; dispatchDate?: string }>();
        if (!dispatchDate || !/^\d{4}-\d{2}-\d{2}$/.test(dispatchDate))
          return ekartInvalid("dispatchDate must be YYYY-MM-DD");
        const data = [];
        for (const id of ids) {
          const parcel = ekartState.shipments.get(id);
          if (!parcel) {
            data.push(ack(false, "Unknown tracking id", id));
            continue;
          }
          parcel.dispatchDate = dispatchDate;
          if (current(parcel).status === "Order Placed")
            await addScan(parcel, "Pickup Scheduled", { desc: `Pickup on ${dispatchDate}` });
          data.push(ack(true, `Dispatch date set to ${dispatchDate}`, id));
        }
        return { body: ackList(data) };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/package/ndr",
      guard(async (req) => {
        const body = req.json<{ action?: string; wbn?: string; date?: number; phone?: string }>();
        const parcel = ekartState.shipments.get(body.wbn ?? "");
        if (!parcel) return ekartError(404, "NOT_FOUND", `No shipment ${body.wbn}`);
        if (current(parcel).status !== "Undelivered")
          return {
            body: ack(
              false,
              "NDR action allowed only for undelivered shipments",
              parcel.trackingId,
            ),
          };
        if (body.action === "RTO") {
          await addScan(parcel, "RTO Requested", { desc: "RTO requested by seller" });
          return { body: ack(true, "RTO submitted", parcel.trackingId) };
        }
        const now = Date.now();
        if (
          body.action !== "Re-Attempt" ||
          typeof body.date !== "number" ||
          body.date > now + 8 * 86_400_000 ||
          body.date < now - 86_400_000
        )
          return ekartInvalid("Re-Attempt needs a date within seven days");
        if (body.phone !== undefined && !/^\d{10}$/.test(body.phone))
          return ekartInvalid("phone must be 10 digits");
        return { body: ack(true, "Re-attempt submitted", parcel.trackingId) };
      }),
    );
}

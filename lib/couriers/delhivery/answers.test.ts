import { describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import { classifyDelhivery, delhiveryReason } from "./client";
import * as docs from "./fixtures/documented-samples";
import { createdCod } from "./fixtures/production-answers";
import { createSchema, parseWith, readCreated, readLabel } from "./read";

const answer = (status: number, body: unknown, endpoint: string) => ({
  status,
  headers: new Headers(),
  body,
  endpoint,
});

describe("Delhivery answers other than tracking", () => {
  it("reads the published COD booking: waybill, order reference, upload batch", () => {
    const booked = readCreated(parseWith(createSchema, createdCod, "create"));
    expect(booked).toMatchObject({
      awb: "26805710004130",
      courierOrderRef: "GKPAfe1087a2",
      courierShipmentRef: "UPL866396273055187310",
      serviceName: "Delhivery",
      chargePaise: null,
      expectedDeliveryAt: null,
    });
    expect(classifyDelhivery(answer(200, createdCod, "create"))).toBeNull();
  });

  it("refuses a label for a waybill the packing-slip API does not find", () => {
    expect(() => readLabel(docs.packingSlipNotFound, "1234")).toThrow(
      expect.objectContaining({
        kind: "rejected",
        message: expect.stringMatching(/no label for 1234/),
      }),
    );
    expect(readLabel({ packages: [{ pdf_download_link: "https://x/l.pdf" }] }, "1")).toEqual({
      url: "https://x/l.pdf",
      pdf: null,
    });
  });

  it("gives Delhivery's own sentence for its documented refusals", () => {
    expect(delhiveryReason(answer(400, docs.pickupInPast, "pickup"))).toBe(
      "Pickup date cannot be in past",
    );
    expect(delhiveryReason(answer(400, docs.chargesBadOrigin, "charges"))).toBe(
      "Unable to process request for provided o_pin",
    );
    expect(delhiveryReason(answer(400, docs.chargesBadDestination, "charges"))).toMatch(
      /^Unable to process request, Please contact/,
    );
    expect(
      delhiveryReason(
        answer(401, { detail: "Authentication credentials were not provided." }, "track"),
      ),
    ).toBe("Authentication credentials were not provided.");
  });

  it("treats a refused booking (HTTP 200, success false) as rejected with its remark", () => {
    const refused = {
      ...structuredClone(createdCod),
      success: false,
      rmk: "ClientWarehouse matching query does not exist.",
      packages: [],
    };
    expect(classifyDelhivery(answer(200, refused, "create"))).toBe("rejected");
    expect(delhiveryReason(answer(200, refused, "create"))).toBe(
      "ClientWarehouse matching query does not exist.",
    );
    expect(() => readCreated(parseWith(createSchema, refused, "create"))).toThrow(CourierError);
  });
});

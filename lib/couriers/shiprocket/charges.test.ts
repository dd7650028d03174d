import { describe, expect, it } from "vitest";
import { orderShowSchema, readCharge } from "./charges";

// `awb_data` as the published "Get Specific Order Details" sample prints it (not weighed yet),
// and the same fields once the courier has charged.
const published = {
  data: {
    id: 259492257,
    awb_data: {
      awb: "",
      applied_weight: "",
      charged_weight: "",
      billed_weight: "",
      routing_code: "",
      rto_routing_code: "",
      charges: {
        zone: "",
        cod_charges: "",
        applied_weight_amount: "",
        freight_charges: "",
        applied_weight: "",
        charged_weight: "",
        charged_weight_amount: "",
        charged_weight_amount_rto: "",
        applied_weight_amount_rto: "",
        service_type_id: "",
      },
    },
  },
};

const read = (body: unknown) => readCharge(orderShowSchema.parse(body));

describe("Shiprocket order details: the charge", () => {
  it("is none while every field is empty, as published", () => {
    expect(read(published)).toBeNull();
  });

  it("reads the charged weight in kg and the freight for it in rupees", () => {
    const charged = structuredClone(published);
    Object.assign(charged.data.awb_data.charges, {
      applied_weight: "0.50",
      applied_weight_amount: "65.00",
      charged_weight: "1.50",
      charged_weight_amount: "115.00",
      freight_charges: "115.00",
    });
    expect(read(charged)).toEqual({ chargedWeightGrams: 1500, chargedPaise: 11_500 });
  });

  it("falls back to awb_data.charged_weight, and states no freight when none is given", () => {
    const charged = structuredClone(published);
    charged.data.awb_data.charged_weight = "2.5";
    expect(read(charged)).toEqual({ chargedWeightGrams: 2500, chargedPaise: null });
  });
});

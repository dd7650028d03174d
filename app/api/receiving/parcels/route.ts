import { withRoute } from "@/lib/http/with-route";
import { findReturningParcel } from "@/lib/receiving/find-returning-parcel";
import { receiveScanQuery } from "@/lib/validation/receiving";

// A scanned AWB or order number at the receiving station: the parcel and the lines expected back.
export const GET = withRoute({
  route: "GET /api/receiving/parcels",
  query: receiveScanQuery,
  handler: ({ query }) => findReturningParcel(query),
});

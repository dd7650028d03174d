import type { Handler } from "../../http";
import { authorise } from "./routes";

// What every Ekart API route of the sandbox shares: the bearer token check and Ekart's reply.
export const guard =
  (handler: Handler): Handler =>
  (req) =>
    authorise(req) ?? handler(req);
export const ack = (status: boolean, remark: string, trackingId: string) => ({
  status,
  remark,
  tracking_id: trackingId,
});

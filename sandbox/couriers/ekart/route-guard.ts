import type { Handler } from "../../http";
import { authorise } from "./routes";

// What every Ekart API route of the sandbox shares: the bearer token check.
export const guard =
  (handler: Handler): Handler =>
  (req) =>
    authorise(req) ?? handler(req);

import type { Caller } from "./caller";

/** Who is asking, as a use case that takes an id needs to know it to decide what they may see. */
export type Viewer = Pick<Caller, "id" | "role">;

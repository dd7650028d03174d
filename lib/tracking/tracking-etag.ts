import { createHash } from "node:crypto";

/** The ETag of a parcel's JSON answer; the page carries the same one so its script can compare. */
export function trackingEtag(json: string): string {
  return `"${createHash("sha1").update(json).digest("base64url")}"`;
}

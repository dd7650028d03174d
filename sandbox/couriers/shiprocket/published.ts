// The sandbox Shiprocket answers in the shapes Shiprocket publishes: every answer is built from
// the published sample kept for the adapter's tests (lib/couriers/shiprocket/fixtures, each
// sample with its source), its keys kept and its values replaced from the sandbox's state, so
// the sandbox cannot drift from the published shape (answers.test.ts compares them key by key).
export * from "../../../lib/couriers/shiprocket/fixtures/booking-samples";
export * from "../../../lib/couriers/shiprocket/fixtures/handover-samples";
export * from "../../../lib/couriers/shiprocket/fixtures/serviceability-samples";
export * from "../../../lib/couriers/shiprocket/fixtures/tracking-samples";
export * from "../../../lib/couriers/shiprocket/fixtures/webhook-samples";

/** A published answer exactly as published (status and a fresh copy of the body). */
export const asPublished = <T>(published: { status: number; body: T }) => ({
  status: published.status,
  body: structuredClone(published.body),
});

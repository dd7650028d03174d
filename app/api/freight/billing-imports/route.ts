import { importBillingFile } from "@/lib/freight/import-billing-file";
import { withRoute } from "@/lib/http/with-route";
import { BILLING_FILE_MAX_BYTES, billingImportBody } from "@/lib/validation/freight";

// Ops upload a courier's billing (weight-discrepancy) file: applied whole or refused whole.
export const POST = withRoute({
  route: "POST /api/freight/billing-imports",
  body: billingImportBody,
  // the JSON around the file, and its quotes and line breaks escaped
  maxBodyBytes: BILLING_FILE_MAX_BYTES * 2,
  handler: ({ body, caller }) =>
    importBillingFile({ ...body, by: { id: caller.id, name: caller.name } }),
});

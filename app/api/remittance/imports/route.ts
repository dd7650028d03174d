import { withRoute } from "@/lib/http/with-route";
import { importRemittanceReport } from "@/lib/remittance/import-remittance-report";
import { remittanceUploadQuery } from "@/lib/validation/remittance";

/** A courier's remittance report is a file: up to 20 MB (about 200,000 lines), read as it arrives. */
const REPORT_LIMIT = 20 * 1024 * 1024;

export const POST = withRoute({
  route: "POST /api/remittance/imports",
  query: remittanceUploadQuery,
  streamedBody: { maxBytes: REPORT_LIMIT },
  handler: ({ query, bodyStream, caller }) =>
    importRemittanceReport({
      courierAccountId: query.accountId,
      fileName: query.fileName,
      body: bodyStream,
      importedBy: { id: caller.id, name: caller.name },
    }),
});

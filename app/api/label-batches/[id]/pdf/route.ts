import { getLabelBatchPdf } from "@/lib/dispatch/labels/get-label-batch-pdf";
import { withRoute } from "@/lib/http/with-route";
import { labelBatchIdParams } from "@/lib/validation/label-batch";

export const GET = withRoute({
  route: "GET /api/label-batches/[id]/pdf",
  params: labelBatchIdParams,
  handler: async ({ params, caller }) => {
    const { pdf, filename } = await getLabelBatchPdf({ batchId: params.id, viewer: caller });
    return new Response(Buffer.from(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
});

import { withRoute } from "@/lib/http/with-route";
import { requestDelivery } from "@/lib/notify/request-delivery";
import { sendStockReportBody } from "@/lib/validation/out-of-stock";
import { sendStockReport } from "@/lib/warehouse/send-stock-report";

export const POST = withRoute({
  route: "POST /api/out-of-stock/send",
  body: sendStockReportBody,
  handler: async ({ body, caller }) => {
    const result = await sendStockReport({ ...body, userId: caller.id });
    if (result.sms) await requestDelivery();
    return result;
  },
});

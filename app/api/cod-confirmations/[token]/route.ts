import { answerByLink } from "@/lib/cod-confirmation/answer-by-link";
import { clientIp } from "@/lib/http/client-ip";
import { withRoute } from "@/lib/http/with-route";
import { buyerAnswerBody, confirmationTokenParams } from "@/lib/validation/cod-confirmation";

// The buyer's tap on the COD confirmation page; the signed token in the path is the only credential.
export const POST = withRoute({
  route: "POST /api/cod-confirmations/[token]",
  params: confirmationTokenParams,
  body: buyerAnswerBody,
  handler: ({ params, body, req }) =>
    answerByLink({ token: params.token, answer: body.answer, client: clientIp(req.headers) }),
});

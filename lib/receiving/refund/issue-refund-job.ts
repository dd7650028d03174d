import { z } from "zod";
import { ISSUE_REFUND_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { log } from "@/lib/observability/logger";
import { issueRefund } from "./issue-refund";

const refundJobSchema = z.object({ refundId: z.string().min(1) });
export type IssueRefundJobData = z.input<typeof refundJobSchema>;

/**
 * The background refund, queued by the receipt's transaction. The job id is the claim's token,
 * so a retry of this job (its worker died, or Razorpay did not answer) takes its own claim over
 * at once, while another job must wait out the lease. A refund another run holds is retried later.
 */
export const issueRefundJob = defineJob<IssueRefundJobData>({
  name: ISSUE_REFUND_JOB,
  async handle(data, job) {
    const { refundId } = refundJobSchema.parse(data);
    const outcome = await issueRefund({ refundId, runId: job.id });
    log.info("refund job", { refundId, outcome });
    if (outcome === "busy")
      throw new Error(`Refund ${refundId} is being issued by another run; will retry.`);
  },
});

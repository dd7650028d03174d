import { db } from "@/lib/db";
import type {
  CourierCode,
  FreightChargeSource,
  WeightDisputeStatus,
} from "@/lib/generated/prisma/enums";
import { disputeDeadline } from "./dispute-deadline";
import { rulesByAccount } from "./get-freight-rules";

export interface WeightDiscrepancy {
  checkId: string;
  orderId: string;
  orderNumber: string;
  awb: string | null;
  courier: CourierCode;
  accountName: string;
  source: FreightChargeSource;
  chargedAt: Date;
  chargedWeightGrams: number;
  chargedPaise: number | null;
  expectedPaise: number | null;
  evidence: {
    deadWeightGrams: number;
    boxName: string | null;
    box: { lengthCm: number; breadthCm: number; heightCm: number } | null;
    volumetricGrams: number;
    volumetricDivisor: number;
    slabGrams: number;
    expectedWeightGrams: number;
    excessGrams: number;
  };
  /** the dispute's deadline, or the last moment one can be opened */
  deadlineAt: Date;
  /** no dispute yet and its window still open: one can be opened now */
  canOpen: boolean;
  dispute: {
    id: string;
    status: WeightDisputeStatus;
    events: { status: WeightDisputeStatus; note: string | null; byName: string; at: Date }[];
  } | null;
}

const STILL_OPEN = new Set<WeightDisputeStatus | undefined>(["OPEN", "SUBMITTED"]);
const LIMIT = 300;

/**
 * Flagged charges with their evidence and dispute: those still to act on first (a dispute can be
 * opened, or one is open or submitted), nearest deadline first (one not disputed yet is due by
 * the courier's window from its charge), then the rest: settled, expired, or never disputed in time.
 */
export async function listWeightDiscrepancies(now = new Date()): Promise<WeightDiscrepancy[]> {
  const [rules, checks] = await Promise.all([
    rulesByAccount(),
    db.freightCheck.findMany({
      where: { flagged: true },
      orderBy: { chargedAt: "desc" },
      take: LIMIT,
      select: {
        id: true,
        courierAccountId: true,
        source: true,
        chargedAt: true,
        chargedWeightGrams: true,
        chargedPaise: true,
        expectedPaise: true,
        deadWeightGrams: true,
        boxName: true,
        lengthCm: true,
        breadthCm: true,
        heightCm: true,
        volumetricGrams: true,
        volumetricDivisor: true,
        slabGrams: true,
        expectedWeightGrams: true,
        excessGrams: true,
        shipment: {
          select: {
            awb: true,
            order: { select: { id: true, number: true } },
            courierAccount: { select: { courier: true, name: true } },
          },
        },
        dispute: {
          select: {
            id: true,
            status: true,
            deadlineAt: true,
            events: {
              orderBy: { at: "asc" },
              select: { status: true, note: true, byName: true, at: true },
            },
          },
        },
      },
    }),
  ]);
  const rows = checks.map((c): WeightDiscrepancy => {
    // the account's rule now: a dispute not opened yet is due by today's window
    const windowDays = rules.get(c.courierAccountId)!.disputeWindowDays;
    const deadlineAt = c.dispute?.deadlineAt ?? disputeDeadline(c.chargedAt, windowDays);
    return {
      checkId: c.id,
      orderId: c.shipment.order.id,
      orderNumber: c.shipment.order.number,
      awb: c.shipment.awb,
      courier: c.shipment.courierAccount!.courier,
      accountName: c.shipment.courierAccount!.name,
      source: c.source,
      chargedAt: c.chargedAt,
      chargedWeightGrams: c.chargedWeightGrams,
      chargedPaise: c.chargedPaise,
      expectedPaise: c.expectedPaise,
      evidence: {
        deadWeightGrams: c.deadWeightGrams,
        boxName: c.boxName,
        box:
          c.lengthCm && c.breadthCm && c.heightCm
            ? { lengthCm: c.lengthCm, breadthCm: c.breadthCm, heightCm: c.heightCm }
            : null,
        volumetricGrams: c.volumetricGrams,
        volumetricDivisor: c.volumetricDivisor,
        slabGrams: c.slabGrams,
        expectedWeightGrams: c.expectedWeightGrams,
        excessGrams: c.excessGrams,
      },
      deadlineAt,
      canOpen: !c.dispute && deadlineAt > now,
      dispute: c.dispute
        ? { id: c.dispute.id, status: c.dispute.status, events: c.dispute.events }
        : null,
    };
  });
  const actionable = (r: WeightDiscrepancy) => r.canOpen || STILL_OPEN.has(r.dispute?.status);
  return rows.sort(
    (a, b) =>
      Number(actionable(b)) - Number(actionable(a)) ||
      a.deadlineAt.getTime() - b.deadlineAt.getTime(),
  );
}

import { DEMO_LEAD_EMAIL } from "@consortia/db";
import type { ApiDeps } from "./context";
import { withDemoActors } from "./demo-actors";
import { findPeriodReport } from "./period-reports/lock";
import { submitReport } from "./period-reports/report-workflow";

/** The demo's claim and its money, on the demo's own calendar (period 2 ended in February). */
export const DEMO_CLAIM = {
  periodNumber: 2,
  submittedAt: "2026-04-20T09:00:00Z",
  receivedOn: "2026-07-15",
  transferredOn: "2026-07-29",
  /** The partner not yet paid its share: it waits, and the desk flags it. */
  notPassedOnTo: "Lombardia",
} as const;

/**
 * The demo's payment (issue 19, "Demo partnership"), after its control (demo-control.ts): the
 * lead coordinator submits the progress report of period 2, which claims the certificates of
 * period 1, on the demo's date; the programme pays the claim in full and the lead partner
 * passes each partner its share, except Lombardia, still owed. Returns the partners paid.
 */
export async function seedDemoPayments(deps: ApiDeps, projectId: string): Promise<string[]> {
  return withDemoActors(deps, projectId, async (actors) => {
    const ctx = await actors.ctx(DEMO_LEAD_EMAIL);
    const lead = await actors.caller(DEMO_LEAD_EMAIL);
    const { periodNumber } = DEMO_CLAIM;
    const report = await findPeriodReport(ctx.db, projectId, periodNumber);
    if (!report) throw new Error(`the demo has no progress report of period ${periodNumber}`);
    await submitReport(
      ctx,
      { periodNumber, version: report.version },
      new Date(DEMO_CLAIM.submittedAt),
    );
    const claim = (await lead.payments.overview({ projectId })).claims.find(
      (c) => c.periodNumber === periodNumber,
    );
    if (!claim?.dueCents)
      throw new Error(`the demo's claim of period ${periodNumber} asks for nothing`);
    const payment = await lead.payments.recordPayment({
      projectId,
      receivedOn: DEMO_CLAIM.receivedOn,
      amountCents: claim.dueCents,
      claimIds: [claim.id],
      note: "First interim payment from the programme (claim of period 2).",
    });
    const { partners } = await lead.payments.overview({ projectId });
    const paid: string[] = [];
    for (const p of partners) {
      if (p.owedCents <= 0 || p.shortName === DEMO_CLAIM.notPassedOnTo) continue;
      await lead.payments.recordTransfer({
        projectId,
        partnerId: p.partnerId,
        transferredOn: DEMO_CLAIM.transferredOn,
        amountCents: p.owedCents,
        reference: `Interim payment 1, ${p.shortName}`,
        paymentId: payment.id,
      });
      paid.push(p.shortName);
    }
    return paid;
  });
}

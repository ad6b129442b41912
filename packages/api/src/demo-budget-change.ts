import { type CostCategory, DEMO_LEAD_EMAIL } from "@consortia/db";
import type { ApiDeps } from "./context";
import { withDemoActors } from "./demo-actors";

/** The demo's budget change: Pomorskie moves money from external expertise to travel. */
export const DEMO_BUDGET_CHANGE = {
  partner: "Pomorskie",
  from: "external",
  to: "travel",
  /** From the period after the change enters into force, with the most external expertise. */
  fromPeriod: 4,
  /** The share of that cell moved, rounded down to whole hundreds of euros. */
  sharePercent: 25,
  inForceFrom: "2026-09-01",
  note:
    "Pomorskie hosts the second peer review itself instead of commissioning the study; the " +
    "money for external expertise pays the travel of its stakeholder group instead.",
} as const;

/**
 * The demo's approved budget change (issue 19, "Demo partnership"), made through the API as
 * the lead coordinator would: a draft from the version in force, two cells of one partner
 * changed (within the 20 % flexibility, so no formal major change), approved in force from
 * 1 September 2026. Version 1 stays readable. Returns the new version's number, the
 * period changed and the amount moved.
 */
export async function seedDemoBudgetChange(deps: ApiDeps, projectId: string) {
  return withDemoActors(deps, projectId, async (actors) => {
    const lead = await actors.caller(DEMO_LEAD_EMAIL);
    const c = DEMO_BUDGET_CHANGE;
    await lead.budget.draftChange({ projectId });
    const draft = await lead.budget.get({ projectId });
    const partner = (await lead.budget.partners({ projectId })).partners.find(
      (p) => p.shortName === c.partner,
    );
    const cells = (category: CostCategory) =>
      draft.lines.filter(
        (l) =>
          l.partnerId === partner?.partnerId &&
          l.category === category &&
          l.periodNumber >= c.fromPeriod,
      );
    const from = cells(c.from).sort((a, b) => b.amountCents - a.amountCents)[0];
    const to = cells(c.to).find((l) => l.periodNumber === from?.periodNumber);
    const movedCents =
      Math.floor(((from?.amountCents ?? 0) * c.sharePercent) / 100 / 10_000) * 10_000;
    if (!from || !to || movedCents <= 0)
      throw new Error(`the demo budget has no ${c.from} of ${c.partner} to move`);
    const saved = await lead.budget.saveLines({
      projectId,
      version: draft.version?.version ?? 0,
      lines: [
        { ...pick(from), amountCents: from.amountCents - movedCents },
        { ...pick(to), amountCents: to.amountCents + movedCents },
      ],
    });
    const approved = await lead.budget.approveChange({
      projectId,
      version: saved.version,
      inForceFrom: c.inForceFrom,
      note: c.note,
    });
    return { number: approved.number, periodNumber: from.periodNumber, movedCents };
  });
}

type Cell = { partnerId: string; category: CostCategory; periodNumber: number };
const pick = (l: Cell): Cell => ({
  partnerId: l.partnerId,
  category: l.category,
  periodNumber: l.periodNumber,
});

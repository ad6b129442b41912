import type { ApiDeps } from "./context";
import { withDemoActors } from "./demo-actors";

/**
 * The demo's first-level control (issue 19, "Demo partnership"), made through the API as the
 * demo's controllers would: Karin Lindqvist controls Stockholm and Pomorskie, Marco Ferri
 * Lombardy. Period 1 of the three is controlled on a full sample and certified — Stockholm's
 * with a deduction (a travel invoice outside the eligibility period) and a parked item —
 * and their certificates are included in the lead's progress report of period 2; period 2
 * of Stockholm is in control. Runs once, right after the demo partnership is seeded.
 */
export async function seedDemoControl(deps: ApiDeps, projectId: string) {
  return withDemoActors(deps, projectId, async ({ caller: callerOf }) => {
    const karin = await callerOf("controller@consortia.demo");
    const marco = await callerOf("controllo@consortia.demo");
    const lead = await callerOf("lead@consortia.demo");
    const certified: string[] = [];
    for (const [controller, partners] of [
      [karin, ["Region Stockholm", "Pomorskie"]],
      [marco, ["Lombardia"]],
    ] as const) {
      const { reports } = await controller.control.list({ projectId });
      for (const r of reports) {
        if (!(partners as readonly string[]).includes(r.partnerShortName)) continue;
        if (r.periodNumber > 2 || r.reportStatus !== "submitted") continue;
        const stockholm = r.partnerShortName === "Region Stockholm";
        if (r.periodNumber === 2 && !stockholm) continue;
        const { id: controlId } = await controller.control.start({
          projectId,
          reportId: r.reportId,
        });
        if (r.periodNumber === 2) continue; // in control, not yet checked
        let got = await controller.control.get({ projectId, controlId });
        await controller.control.sample({
          projectId,
          controlId,
          version: got.control.version,
          sample: { method: "all" },
        });
        got = await controller.control.get({ projectId, controlId });
        const items = got.items ?? [];
        const travel = stockholm ? items.find((i) => i.detail?.category === "travel") : undefined;
        const parked = stockholm
          ? items.find((i) => i !== travel && i.detail?.category === "external")
          : undefined;
        for (const item of items) {
          const eur = item.detail?.eurCents ?? 0;
          const decision =
            item === travel && eur > 100
              ? {
                  outcome: "deducted" as const,
                  certifiedCents: Math.round(eur / 2),
                  errorType: "outside_period",
                  comment:
                    "Half of the journey (the return leg on 2 September) falls outside the period.",
                }
              : item === parked
                ? {
                    outcome: "parked" as const,
                    comment:
                      "The supplier's final invoice is awaited; report it again next period.",
                  }
                : { outcome: "verified" as const };
          await controller.control.setItem({
            projectId,
            controlId,
            itemId: item.itemId,
            version: item.version,
            decision,
          });
        }
        got = await controller.control.get({ projectId, controlId });
        const done = await controller.control.finish({
          projectId,
          controlId,
          version: got.control.version,
          conclusion:
            "The expenditure checked is eligible, real and paid, apart from the deduction noted. " +
            "Procurement rules were followed; staff costs match the timesheets.",
        });
        certified.push(done.certificateId);
      }
    }
    for (const certificateId of certified)
      await lead.periodReports.setCertificateInclusion({
        projectId,
        periodNumber: 2,
        certificateId,
        included: true,
      });
    return certified.length;
  });
}

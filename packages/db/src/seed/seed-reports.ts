import type { Db } from "../client";
import { demoPartners } from "./demo-partnership";
import { demoPeople } from "./demo-people";

/**
 * The demo's progress reporting: every partner's contribution to period 2 (September 2025 to
 * February 2026) is submitted and the lead coordinator has begun consolidating it; period 3
 * (March to August 2026) is being collected, some partners have submitted, some are writing.
 * Period 1 is left to the people trying the product (and to the browser tests).
 */
const PERIODS = [
  { number: 2, submittedOn: "2026-03-12T09:30:00Z", submitters: demoPartners.length },
  { number: 3, submittedOn: "2026-09-14T10:00:00Z", submitters: 6 },
] as const;

const FOCUS = [
  "the regional self-assessment of the MedTech innovation ecosystem",
  "the stakeholder group on hospital procurement of innovation",
  "the mapping of SME access to clinical testbeds",
  "the good practices on regulatory support for start-ups (MDR/IVDR)",
  "the preparation of the peer review of its smart specialisation strategy",
];

function narrative(short: string, region: string, i: number, period: number) {
  const focus = FOCUS[(i + period) % FOCUS.length];
  return {
    activities:
      `${short} worked on ${focus}. The regional team took part in the partnership meeting ` +
      `and the thematic seminar of the period, and shared two practices from ${region} for ` +
      "the register. Minutes and presentations are in the documents library.",
    stakeholder_involvement:
      `The regional stakeholder group of ${region} met twice (hospital, university, cluster ` +
      "and managing authority representatives); its members joined one study visit and " +
      "commented on the draft self-assessment.",
    communication:
      "One news item on the partner's website, two LinkedIn posts about the seminar, and a " +
      "presentation at the regional innovation council.",
    difficulties_deviations:
      i % 3 === 0
        ? "The stakeholder meeting planned for the last month was moved to the next period " +
          "because of the regional budget negotiations; no impact on deliverables."
        : "None.",
  };
}

export async function seedDemoReports(
  db: Db,
  projectId: string,
  partnerIds: Map<string, string>,
): Promise<void> {
  const { userId, editorOf } = await demoPeople(db);

  for (const period of PERIODS) {
    for (const [i, p] of demoPartners.entries()) {
      const partnerId = partnerIds.get(p.key);
      if (!partnerId) continue;
      const submitted = i < period.submitters;
      // In period 3 the next two partners have started writing; the rest have not begun.
      if (!submitted && i >= period.submitters + 2) continue;
      const by = editorOf(p.key);
      await db
        .insertInto("report_contributions")
        .values({
          project_id: projectId,
          partner_id: partnerId,
          period_number: period.number,
          ...narrative(p.short_name, p.region_name, i, period.number),
          status: submitted ? "submitted" : "draft",
          submitted_at: submitted ? period.submittedOn : null,
          submitted_by: submitted ? by : null,
          created_by: by,
          updated_by: by,
        })
        .execute();
    }
  }

  // The lead coordinator's consolidation of period 2 (submitted afterwards through the API, with
  // the claim of period 1's certificates: packages/api/src/demo-payments.ts).
  const lead = userId("lead@consortia.demo");
  const report = await db
    .insertInto("period_reports")
    .values({
      project_id: projectId,
      period_number: 2,
      highlights:
        "All eleven partners completed their regional self-assessments, and the partnership " +
        "held its first two peer reviews (Lombardia and Limburg). The register now holds the " +
        "first validated good practices on hospital procurement of innovation and on " +
        "regulatory support for MedTech start-ups.",
      created_by: lead,
      updated_by: lead,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const workPackages = await db
    .selectFrom("work_packages")
    .select(["id", "number"])
    .where("project_id", "=", projectId)
    .orderBy("number")
    .execute();
  for (const wp of workPackages) {
    const fully = wp.number !== 3;
    await db
      .insertInto("period_report_work_packages")
      .values({
        report_id: report.id,
        work_package_id: wp.id,
        achievement: fully ? "fully" : "partly",
        explanation: fully
          ? ""
          : "The action-plan drafting started one month late in two regions (see their " +
            "contributions); the timetable of the core phase is not at risk.",
      })
      .execute();
  }
}

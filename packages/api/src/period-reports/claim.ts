import { conflict, invalid, notFound } from "../errors";
import { orTaken } from "../shared/db-errors";
import { assertPeriodOpen, startedPeriod } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { claimOf, euros } from "./claim-figures";
import {
  certificateQuery,
  certificateRows,
  claimCertificate,
  claimPartners,
  claimRates,
} from "./compose-claim";
import { findPeriodReport } from "./lock";
import { assertLead } from "./write";

export type InclusionState = "included" | "left" | "undecided";

const claimedElsewhere = (periodNumber: number) =>
  `This certificate is already included in the progress report of period ${periodNumber}: a certificate is claimed once`;

/**
 * The certificates the lead coordinator may claim in the period's report — each finished
 * control's latest certificate of this period or an earlier one, not included in another
 * period's report — with the decision taken (included, left for the next report, or not yet
 * decided), and the claim the included ones make. For lead coordinators and admins.
 */
export async function listCertificates(
  ctx: ProjectCtx,
  input: { periodNumber: number },
  now: Date,
) {
  assertLead(ctx);
  const projectId = ctx.access.projectId;
  // What does not depend on the report is read beside it, in one round trip.
  const [, report, partners, rates] = await Promise.all([
    startedPeriod(ctx, input.periodNumber, now),
    findPeriodReport(ctx.db, projectId, input.periodNumber),
    projectPartners(ctx.db, projectId),
    claimRates(ctx.db, projectId),
  ]);
  const mine = report?.id ?? "00000000-0000-0000-0000-000000000000";
  const candidates = await certificateQuery(ctx.db, projectId)
    .leftJoin("period_report_certificates as i", (j) =>
      j.onRef("i.certificate_id", "=", "c.id").on("i.period_report_id", "=", mine),
    )
    .select(["i.included", "i.decided_at"])
    .where("c.period_number", "<=", input.periodNumber)
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom("period_report_certificates as o")
            .select("o.certificate_id")
            .whereRef("o.certificate_id", "=", "c.id")
            .where("o.included", "=", true)
            .where("o.period_report_id", "<>", mine),
        ),
      ),
    )
    .orderBy("c.period_number")
    .orderBy("p.short_name")
    .execute();
  const rows = candidates.map(claimCertificate);
  const decision = new Map(candidates.map((c) => [c.id, c]));
  const stateOf = (id: string): InclusionState => {
    const d = decision.get(id)?.included;
    return d === true ? "included" : d === false ? "left" : "undecided";
  };
  const included = rows.filter((r) => stateOf(r.certificateId) === "included");
  return {
    editable: report?.status !== "submitted",
    certificates: rows.map(({ categories: _c, ...r }) => {
      const decidedAt = decision.get(r.certificateId)?.decided_at;
      return {
        certificateId: r.certificateId,
        partnerId: r.partnerId,
        partner: r.partner,
        periodNumber: r.periodNumber,
        number: r.number,
        issuedAt: r.issuedAt,
        controller: r.controller,
        declaredEur: euros(r.declaredCents),
        deductedEur: euros(r.deductedCents),
        parkedEur: euros(r.parkedCents),
        certifiedEur: euros(r.certifiedCents),
        state: stateOf(r.certificateId),
        decidedAt: decidedAt ? new Date(decidedAt).toISOString() : null,
      };
    }),
    claim: claimOf(included, claimPartners(partners, rates)),
  };
}

/**
 * The lead coordinator includes a certificate in the period's report, or leaves it for the
 * next one. Only while the report is not submitted (the choice is locked with the report), only
 * a certificate that still counts (its control's latest, of this period or an earlier one), and
 * only once: one included in another period's report is refused (CONFLICT), by a check with a
 * clear message and, should two reports race for it, by the database's unique index. Setting
 * a state is idempotent, so a decision needs no row version: a repeated click changes nothing.
 */
export async function setCertificateInclusion(
  ctx: ProjectCtx,
  input: { periodNumber: number; certificateId: string; included: boolean },
  now: Date,
) {
  assertLead(ctx);
  await startedPeriod(ctx, input.periodNumber, now);
  const projectId = ctx.access.projectId;
  const n = input.periodNumber;
  return ctx.db.transaction().execute(async (trx) => {
    // Created empty at version 0, as if not there: the lead's first save (based on 0) applies.
    await trx
      .insertInto("period_reports")
      .values({
        project_id: projectId,
        period_number: n,
        version: 0,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.columns(["project_id", "period_number"]).doNothing())
      .execute();
    // Its share lock serialises the decision with a submission of the report.
    await assertPeriodOpen(trx, projectId, n, "certificate inclusions");
    const report = await findPeriodReport(trx, projectId, n);
    if (!report) throw notFound("Progress report");
    const [certificate] = await certificateRows(trx, projectId, { ids: [input.certificateId] });
    if (!certificate) throw notFound("Control certificate");
    if (certificate.periodNumber > n)
      throw invalid("This certificate cannot be claimed in this report", {
        certificateId: [
          `It certifies a report of period ${certificate.periodNumber}: claim it in that period's report or a later one`,
        ],
      });
    if (input.included) {
      const elsewhere = await trx
        .selectFrom("period_report_certificates as i")
        .innerJoin("period_reports as r", "r.id", "i.period_report_id")
        .select("r.period_number")
        .where("i.certificate_id", "=", certificate.certificateId)
        .where("i.included", "=", true)
        .where("i.period_report_id", "<>", report.id)
        .executeTakeFirst();
      if (elsewhere) throw conflict(claimedElsewhere(elsewhere.period_number));
    }
    // A decision replaces the one before (the row keeps who decided and when).
    await trx
      .deleteFrom("period_report_certificates")
      .where("period_report_id", "=", report.id)
      .where("certificate_id", "=", certificate.certificateId)
      .execute();
    await orTaken(
      () =>
        trx
          .insertInto("period_report_certificates")
          .values({
            period_report_id: report.id,
            certificate_id: certificate.certificateId,
            project_id: projectId,
            included: input.included,
            decided_by: ctx.actor.userId,
            decided_at: now,
          })
          .execute(),
      () =>
        conflict(
          "Another period's progress report included this certificate at the same moment: a certificate is claimed once",
        ),
    );
    const what = `certificate ${certificate.number} of ${certificate.partner} (period ${certificate.periodNumber})`;
    await auditChange(trx, ctx, {
      entity: "period_report",
      entityId: report.id,
      action: input.included ? "include_certificate" : "leave_certificate",
      summary: `Progress report of period ${n}: ${what} ${input.included ? "included" : "left for the next report"}`,
      data: { periodNumber: n, certificateId: certificate.certificateId, included: input.included },
    });
    return {
      certificateId: certificate.certificateId,
      state: (input.included ? "included" : "left") satisfies InclusionState,
    };
  });
}

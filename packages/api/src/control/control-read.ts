import type { Db } from "@consortia/db";
import { euroAmount, loadReportItems } from "../finance";
import type { ProjectCtx } from "../shared/service-context";
import { type ControlView, controlView, visibleControl } from "./access";
import { errorTypesOf } from "./error-types";
import { controlFigures, controlItemRows, type IssuedContent } from "./figures";

/** The control list, one control, and its certificates, each as the caller's view allows. */

/** The partners whose reports the caller sees here (null: every partner). */
function partnersInView(ctx: ProjectCtx): readonly string[] | null {
  const a = ctx.access;
  if (a.role === "controller" && !a.isLead) return a.controlledPartnerIds ?? [];
  if (a.isLead || a.role === "observer") return null;
  return a.partnerId ? [a.partnerId] : [];
}

export async function listControls(ctx: ProjectCtx, input: { periodNumber?: number }) {
  const partners = partnersInView(ctx);
  const rows =
    partners && partners.length === 0
      ? []
      : await ctx.db
          .selectFrom("financial_reports as r")
          .innerJoin("partners as p", "p.id", "r.partner_id")
          .leftJoin("controls as c", "c.report_id", "r.id")
          .leftJoin("control_certificates as cc", (j) =>
            j.onRef("cc.control_id", "=", "c.id").onRef("cc.number", "=", "c.latest_certificate"),
          )
          .select([
            "r.id as report_id",
            "r.partner_id",
            "p.short_name",
            "p.name",
            "r.period_number",
            "r.status",
            "r.latest_version",
            "r.submitted_at",
            "c.id as control_id",
            "c.status as control_status",
            "c.latest_certificate",
            "c.started_at",
            "c.finished_at",
            "cc.declared_cents",
            "cc.deducted_cents",
            "cc.parked_cents",
            "cc.certified_cents",
          ])
          .where("r.project_id", "=", ctx.access.projectId)
          .where((eb) => eb.or([eb("r.status", "=", "submitted"), eb("c.id", "is not", null)]))
          .$if(partners !== null, (q) => q.where("r.partner_id", "in", partners ?? []))
          .$if(input.periodNumber !== undefined, (q) =>
            q.where("r.period_number", "=", input.periodNumber ?? 0),
          )
          .orderBy("r.period_number", "desc")
          .orderBy("p.short_name")
          .execute();
  return {
    reports: rows.map((r) => {
      const view = controlView(ctx.access, r.partner_id);
      return {
        reportId: r.report_id,
        partnerId: r.partner_id,
        partnerShortName: r.short_name,
        partnerName: r.name,
        periodNumber: r.period_number,
        reportStatus: r.status,
        reportVersion: r.latest_version,
        submittedAt: r.submitted_at,
        control: r.control_id
          ? {
              id: r.control_id,
              status: r.control_status ?? "in_control",
              latestCertificate: r.latest_certificate ?? 0,
              startedAt: r.started_at,
              finishedAt: r.finished_at,
              certificate:
                r.certified_cents === null
                  ? null
                  : {
                      declaredCents: r.declared_cents ?? 0,
                      deductedCents: r.deducted_cents ?? 0,
                      parkedCents: r.parked_cents ?? 0,
                      certifiedCents: r.certified_cents,
                    },
            }
          : null,
        can: {
          start: view === "controller" && !r.control_id && r.status === "submitted",
        },
      };
    }),
    can: { appoint: ctx.access.isLead, control: ctx.access.role === "controller" },
  };
}

async function certificateRows(db: Db, controlId: string, view: ControlView) {
  const rows = await db
    .selectFrom("control_certificates as c")
    .leftJoin("users as u", "u.id", "c.issued_by")
    .select([
      "c.id",
      "c.number",
      "c.issued_at",
      "u.name as issued_by_name",
      "c.declared_cents",
      "c.deducted_cents",
      "c.parked_cents",
      "c.certified_cents",
      "c.content",
    ])
    .where("c.control_id", "=", controlId)
    .orderBy("c.number", "desc")
    .execute();
  return rows.map((r) => {
    const { deductions, parked, ...content } = r.content as IssuedContent;
    return {
      id: r.id,
      number: r.number,
      issuedAt: r.issued_at,
      issuedBy: r.issued_by_name,
      declaredCents: r.declared_cents,
      deductedCents: r.deducted_cents,
      parkedCents: r.parked_cents,
      certifiedCents: r.certified_cents,
      // Readers of totals get the category table, not the items and the controller's comments.
      content: view === "totals" ? { ...content, deductions: null, parked: null } : r.content,
    };
  });
}

export async function controlCertificates(ctx: ProjectCtx, input: { controlId: string }) {
  const { control, view } = await visibleControl(ctx, input.controlId);
  return { view, certificates: await certificateRows(ctx.db, control.id, view) };
}

export async function getControl(ctx: ProjectCtx, input: { controlId: string }) {
  const { control, view } = await visibleControl(ctx, input.controlId);
  const db = ctx.db;
  const [partner, rows, certificates, reopenings, errorTypes] = await Promise.all([
    db
      .selectFrom("partners")
      .select(["id", "name", "short_name"])
      .where("id", "=", control.partner_id)
      .executeTakeFirstOrThrow(),
    controlItemRows(db, control.id),
    certificateRows(db, control.id, view),
    db
      .selectFrom("control_reopenings as o")
      .leftJoin("users as u", "u.id", "o.reopened_by")
      .select(["o.certificate_number", "o.reason", "o.reopened_at", "u.name"])
      .where("o.control_id", "=", control.id)
      .orderBy("o.reopened_at")
      .execute(),
    errorTypesOf(db, control.project_id),
  ]);
  const figures = await controlFigures(db, control.project_id, rows);
  // The report model's items carry the details the controller checks (staff lines included):
  // the controller and the partner's own people read them (finance view `full` for both).
  const details =
    view === "totals"
      ? null
      : new Map(
          (
            await loadReportItems(db, control.report_id, (i) =>
              euroAmount(i, "submitted", new Map()),
            )
          ).map((i) => [i.id, i]),
        );
  const open = control.status === "in_control";
  const controller = view === "controller";
  return {
    view,
    control: {
      id: control.id,
      version: control.version,
      status: control.status,
      reportId: control.report_id,
      reportVersion: control.report_version,
      periodNumber: control.period_number,
      startedAt: control.started_at,
      finishedAt: control.finished_at,
      latestCertificate: control.latest_certificate,
      conclusion: control.conclusion,
      sample: {
        method: control.sample_method,
        seed: control.sample_seed,
        size: control.sample_size,
        at: control.sampled_at,
        items: rows.filter((r) => r.inSample).length,
      },
      checklist: {
        chosen: control.checklist_template_id !== null,
        completedAt: control.checklist_completed_at,
      },
    },
    partner: { id: partner.id, name: partner.name, shortName: partner.short_name },
    figures,
    itemCount: rows.length,
    pendingInSample: rows.filter((r) => r.inSample && r.outcome === "pending").length,
    items: details ? rows.map((r) => ({ ...r, detail: details.get(r.itemId) ?? null })) : null,
    errorTypes: controller ? errorTypes : errorTypes.filter((t) => !t.archived),
    certificates,
    reopenings: reopenings.map((o) => ({
      certificateNumber: o.certificate_number,
      reason: o.reason,
      reopenedAt: o.reopened_at,
      reopenedBy: o.name,
    })),
    can: {
      sample: controller && open,
      decide: controller && open,
      finish: controller && open,
      reopen: controller && !open,
    },
  };
}

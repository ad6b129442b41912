import type { Db } from "@consortia/db";
import { conflict, invalid, staleVersion } from "../errors";
import { euroText, recipients } from "../finance";
import { notify, triggerDispatch } from "../notifications";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { workableControl } from "./access";
import { verifyOutsideSample } from "./control-items";
import { certificateContent } from "./figures";
import { figureTotals } from "./rules";

/** Every sampled item decided, or a field error naming how many are pending. */
async function assertSampleDecided(db: Db, controlId: string) {
  const pending = await db
    .selectFrom("control_items")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("control_id", "=", controlId)
    .where("in_sample", "=", true)
    .where("outcome", "=", "pending")
    .executeTakeFirstOrThrow();
  const n = Number(pending.n);
  if (n > 0) {
    const why = `${n} sampled item${n === 1 ? " is" : "s are"} still pending: decide each before finishing`;
    throw invalid(why, { items: [why] });
  }
}

export const controlLink = (projectId: string, controlId: string) =>
  `/projects/${projectId}/finance/control/${controlId}`;

/**
 * Finishing a control: every sampled item decided, the checklist completed if one was chosen,
 * a conclusion written. Items outside the sample still pending are certified as declared (the
 * usual rule). Issues the next certificate number (immutable), locks the control and notifies
 * the partner's editors and the lead coordinators.
 */
export async function finishControl(
  ctx: ProjectCtx,
  input: { controlId: string; version: number; conclusion: string },
  now: Date,
) {
  const control = await workableControl(ctx, input.controlId);
  if (control.version !== input.version) throw staleVersion("This control");
  if (!control.sample_method) {
    const why = "Draw or pick the sample before finishing the control";
    throw invalid(why, { sample: [why] });
  }
  await assertSampleDecided(ctx.db, control.id);
  if (control.checklist_template_id && !control.checklist_completed_at) {
    const why = "Complete the checklist chosen for this control before finishing it";
    throw invalid(why, { checklist: [why] });
  }
  const projectId = ctx.access.projectId;
  const number = control.latest_certificate + 1;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx
      .updateTable("controls")
      .set((eb) => ({
        status: "finished",
        conclusion: input.conclusion,
        finished_at: now,
        finished_by: ctx.actor.userId,
        latest_certificate: number,
        updated_at: now,
        updated_by: ctx.actor.userId,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", control.id)
      .where("version", "=", input.version)
      .where("status", "=", "in_control")
      .returning(["id", "version"])
      .executeTakeFirst();
    if (!locked) throw staleVersion("This control");
    // Checked again under the control's row lock: an item saved meanwhile counts.
    await assertSampleDecided(trx, control.id);
    await verifyOutsideSample(trx, control.id, ctx.actor.userId, now);
    const content = await certificateContent(
      trx,
      control,
      { id: ctx.actor.userId, name: ctx.actor.name },
      input.conclusion,
      now,
    );
    const totals = figureTotals(content.categories);
    const cert = await trx
      .insertInto("control_certificates")
      .values({
        control_id: control.id,
        project_id: projectId,
        partner_id: control.partner_id,
        period_number: control.period_number,
        number,
        declared_cents: totals.declaredCents,
        deducted_cents: totals.deductedCents,
        parked_cents: totals.parkedCents,
        certified_cents: totals.certifiedCents,
        content: JSON.stringify(content),
        issued_at: now,
        issued_by: ctx.actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const what = `Control certificate ${number} of ${content.partner.name}, period ${control.period_number}`;
    await auditChange(trx, ctx, {
      entity: "control",
      entityId: control.id,
      action: "finish",
      summary: `${what}: EUR ${euroText(totals.certifiedCents)} certified of ${euroText(totals.declaredCents)} declared`,
      data: { certificateId: cert.id, number, ...totals },
    });
    const people = [
      ...(await recipients(trx, ctx, { role: "partner_editor", partnerId: control.partner_id })),
      ...(await recipients(trx, ctx, { role: "lead_coordinator" })),
    ];
    await notify(trx, [...new Set(people)], {
      kind: "approved",
      projectId,
      title: `${what} issued`,
      body: `${ctx.actor.name} finished the first-level control: EUR ${euroText(totals.certifiedCents)} certified, EUR ${euroText(totals.deductedCents)} deducted, EUR ${euroText(totals.parkedCents)} parked for a later report.\n\n${input.conclusion}`,
      link: controlLink(projectId, control.id),
      dedupeKey: `control:${control.id}:certificate:${number}`,
    });
    return { id: control.id, version: locked.version, certificateId: cert.id, number, ...totals };
  });
  await triggerDispatch(ctx);
  return result;
}

/**
 * Reopening a finished control (reason required, kept and audited). Refused once its latest
 * certificate is claimed in a joint report: the money is then with the programme, and a
 * financial correction in a later report is the way to change it.
 */
export async function reopenControl(
  ctx: ProjectCtx,
  input: { controlId: string; version: number; reason: string },
  now: Date,
) {
  const control = await workableControl(ctx, input.controlId, { finished: true });
  if (control.status !== "finished") throw conflict("This control is not finished");
  if (control.version !== input.version) throw staleVersion("This control");
  const claimed = await ctx.db
    .selectFrom("period_report_certificates as prc")
    .innerJoin("control_certificates as c", "c.id", "prc.certificate_id")
    .select("c.number")
    .where("c.control_id", "=", control.id)
    .where("c.number", "=", control.latest_certificate)
    .where("prc.included", "=", true)
    .executeTakeFirst();
  if (claimed)
    throw conflict(
      `Certificate ${claimed.number} is included in a joint progress report, so this control cannot be reopened: record a financial correction in the partner's next report instead`,
    );
  return ctx.db.transaction().execute(async (trx) => {
    const open = await trx
      .updateTable("controls")
      .set((eb) => ({
        status: "in_control",
        finished_at: null,
        finished_by: null,
        updated_at: now,
        updated_by: ctx.actor.userId,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", control.id)
      .where("version", "=", input.version)
      .where("status", "=", "finished")
      .returning(["id", "version"])
      .executeTakeFirst();
    if (!open) throw staleVersion("This control");
    await trx
      .insertInto("control_reopenings")
      .values({
        control_id: control.id,
        certificate_number: control.latest_certificate,
        reason: input.reason,
        reopened_at: now,
        reopened_by: ctx.actor.userId,
      })
      .execute();
    await auditChange(trx, ctx, {
      entity: "control",
      entityId: control.id,
      action: "reopen",
      summary: `Control reopened after certificate ${control.latest_certificate}: ${input.reason}`,
      data: { certificate: control.latest_certificate, reason: input.reason },
    });
    return { id: open.id, version: open.version, status: "in_control" as const };
  });
}

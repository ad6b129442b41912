import { daysBetween, isoDay } from "../shared/calendar";
import { projectSchedule } from "../shared/project-calendar";
import { isEditor, isObserver, isValidator } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { loadPaymentBook } from "./payment-load";

/**
 * The finance landing page: which finance pages the caller may open or act on (the pages read
 * these flags, never role names), and for a partner's own people its reports of the periods
 * begun so far (due day, status, days overdue), whether its agreement is signed and what the
 * lead partner still owes it.
 */
export async function financeLanding(ctx: ProjectCtx, now: Date) {
  const { access } = ctx;
  const today = isoDay(now);
  const can = {
    /** The money desk: lead coordinators, admins and observers. */
    desk: isValidator(access),
    manageBudget: access.isLead,
    manageRates: access.isLead,
    /** Entering expenditure: editors (for their own partner) and lead coordinators. */
    enterExpenditure: isEditor(access),
    /** The control checklists: lead coordinators and admins write them, controllers use them. */
    checklists: access.isLead || access.role === "controller",
  };
  const partnerId = isObserver(access) ? null : access.partnerId;
  if (!partnerId) return { can, own: null };
  const [{ periods }, partner, reports, book] = await Promise.all([
    projectSchedule(ctx.db, access.projectId, now),
    ctx.db
      .selectFrom("partners")
      .leftJoin("partner_finance as pf", "pf.partner_id", "partners.id")
      .select(["partners.short_name as shortName", "pf.agreement_signed_on as signedOn"])
      .where("partners.id", "=", partnerId)
      .where("partners.project_id", "=", access.projectId)
      .executeTakeFirst(),
    ctx.db
      .selectFrom("financial_reports")
      .select(["period_number", "status"])
      .where("partner_id", "=", partnerId)
      .where("project_id", "=", access.projectId)
      .execute(),
    loadPaymentBook(ctx.db, access.projectId, today),
  ]);
  const position = book.ledger.partners.get(partnerId);
  if (!partner) return { can, own: null };
  const status = new Map(reports.map((r) => [r.period_number, r.status]));
  return {
    can,
    own: {
      partnerId,
      shortName: partner.shortName,
      agreementSignedOn: partner.signedOn ?? null,
      /** What the lead partner has received for it and not yet passed on, and since when. */
      payment: {
        receivedCents: position?.receivedCents ?? 0,
        owedCents: position?.owedCents ?? 0,
        waitingSince: position?.waitingSince ?? null,
      },
      reports: periods
        .filter((p) => p.start <= today)
        .map((p) => ({
          periodNumber: p.number,
          due: p.partnerReportDue,
          status: status.get(p.number) ?? ("none" as const),
          daysOverdue:
            p.partnerReportDue < today && status.get(p.number) !== "submitted"
              ? daysBetween(p.partnerReportDue, today)
              : null,
        })),
    },
  };
}

export type FinanceLanding = Awaited<ReturnType<typeof financeLanding>>;

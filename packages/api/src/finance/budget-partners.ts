import type { ContributionKind, LegalStatus } from "@consortia/db";
import { staleVersion } from "../errors";
import { FieldNotes } from "../shared/field-notes";
import { assertProjectPartner, projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, orStale } from "../shared/versioned";
import { trimRate } from "./budget-read";
import { DEFAULT_COFINANCING, formatCents } from "./rules";

/**
 * Each partner's finance (issue 18, "Budget" and "Partnership agreement"): its legal status
 * and co-financing rate, the currency it declares in, its preparation lump sum, its
 * contribution sources and whether it signed the partnership agreement. Every member reads
 * them; lead coordinators keep them.
 */

const DEFAULTS = {
  legalStatus: "public" as LegalStatus,
  cofinancingPercent: "80",
  currency: "EUR",
  lumpSumCents: 0,
  agreementSignedOn: null as string | null,
  version: 0,
};

export async function listPartnerFinance(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const [partners, finance, contributions] = await Promise.all([
    projectPartners(ctx.db, projectId),
    ctx.db
      .selectFrom("partner_finance")
      .select([
        "partner_id",
        "legal_status",
        "cofinancing_percent",
        "currency",
        "lump_sum_cents",
        "agreement_signed_on",
        "version",
      ])
      .where("project_id", "=", projectId)
      .execute(),
    ctx.db
      .selectFrom("partner_contributions")
      .select(["id", "partner_id", "name", "kind", "amount_cents"])
      .where("project_id", "=", projectId)
      .orderBy("partner_id")
      .orderBy("position")
      .execute(),
  ]);
  const byPartner = new Map(finance.map((f) => [f.partner_id, f]));
  return {
    partners: partners.map((p) => {
      const f = byPartner.get(p.id);
      return {
        partnerId: p.id,
        name: p.name,
        shortName: p.shortName,
        country: p.country,
        role: p.role,
        ...(f
          ? {
              legalStatus: f.legal_status,
              cofinancingPercent: trimRate(f.cofinancing_percent),
              currency: f.currency,
              lumpSumCents: f.lump_sum_cents,
              agreementSignedOn: f.agreement_signed_on,
              version: f.version,
            }
          : DEFAULTS),
        contributions: contributions
          .filter((c) => c.partner_id === p.id)
          .map((c) => ({ id: c.id, name: c.name, kind: c.kind, amountCents: c.amount_cents })),
      };
    }),
    can: { edit: ctx.access.isLead },
  };
}

export type PartnerFinanceInput = {
  partnerId: string;
  legalStatus: LegalStatus;
  cofinancingPercent: string | null;
  currency: string;
  lumpSumCents: number;
  contributions: { name: string; kind: ContributionKind; amountCents: number }[];
  agreementSignedOn: string | null;
  version: number;
};

/** A lead coordinator saves one partner's finance; the contribution sources are replaced. */
export async function savePartnerFinance(ctx: ProjectCtx, input: PartnerFinanceInput) {
  const projectId = ctx.access.projectId;
  const partner = await assertProjectPartner(ctx.db, projectId, "partnerId", input.partnerId);
  const notes = new FieldNotes();
  if (input.legalStatus === "other" && input.cofinancingPercent === null)
    notes.add("cofinancingPercent", "Give the co-financing rate for this partner");
  const today = new Date().toISOString().slice(0, 10);
  if (input.agreementSignedOn && input.agreementSignedOn > today)
    notes.add("agreementSignedOn", "The agreement cannot be signed in the future");
  notes.throwIfAny();
  const rate =
    input.legalStatus === "other"
      ? (input.cofinancingPercent ?? "")
      : DEFAULT_COFINANCING[input.legalStatus];
  const values = {
    legal_status: input.legalStatus,
    cofinancing_percent: rate,
    currency: input.currency,
    lump_sum_cents: input.lumpSumCents,
    agreement_signed_on: input.agreementSignedOn,
    updated_by: ctx.actor.userId,
  };
  const label = "This partner's finance";
  return orStale(label, () =>
    ctx.db.transaction().execute(async (trx) => {
      const saved =
        input.version === 0
          ? await trx
              .insertInto("partner_finance")
              .values({
                ...values,
                partner_id: partner.id,
                project_id: projectId,
                created_by: ctx.actor.userId,
              })
              .returning("version")
              .executeTakeFirstOrThrow()
          : await trx
              .updateTable("partner_finance")
              .set((eb) => ({ ...values, updated_at: new Date(), version: eb("version", "+", 1) }))
              .where("partner_id", "=", partner.id)
              .where("project_id", "=", projectId)
              .where("version", "=", input.version)
              .returning("version")
              .executeTakeFirst();
      if (!saved) throw staleVersion(label);
      await trx.deleteFrom("partner_contributions").where("partner_id", "=", partner.id).execute();
      if (input.contributions.length)
        await trx
          .insertInto("partner_contributions")
          .values(
            input.contributions.map((c, position) => ({
              project_id: projectId,
              partner_id: partner.id,
              name: c.name,
              kind: c.kind,
              amount_cents: c.amountCents,
              position,
              created_by: ctx.actor.userId,
              updated_by: ctx.actor.userId,
            })),
          )
          .execute();
      await auditChange(trx, ctx, {
        entity: "partner_finance",
        entityId: partner.id,
        action: "update",
        summary: `Partner finance saved: ${input.legalStatus}, ${rate} % co-financing, ${input.currency}, lump sum EUR ${formatCents(input.lumpSumCents)}, ${input.contributions.length} contribution source(s), agreement ${input.agreementSignedOn ? `signed on ${input.agreementSignedOn}` : "not signed"}`,
        data: { partnerId: partner.id },
      });
      return { partnerId: partner.id, version: saved.version };
    }),
  );
}

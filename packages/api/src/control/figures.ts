import type { CertificateContent, Control, ControlOutcome, CostCategory, Db } from "@consortia/db";
import { financeOptions } from "../finance";
import { itemEuroCents } from "./control-items";
import { errorTypesOf } from "./error-types";
import { certificateFigures, figureTotals } from "./rules";

/**
 * A control's items and figures as read from the database: the live state the control page
 * shows, and what a certificate keeps when the control finishes.
 */

export type ControlItemRow = {
  itemId: string;
  category: CostCategory;
  description: string;
  eurCents: number;
  inSample: boolean;
  outcome: ControlOutcome;
  certifiedCents: number | null;
  deductedCents: number | null;
  errorType: string | null;
  comment: string;
  version: number;
};

export async function controlItemRows(db: Db, controlId: string): Promise<ControlItemRow[]> {
  const rows = await db
    .selectFrom("control_items as ci")
    .innerJoin("expenditure_items as e", "e.id", "ci.item_id")
    .select([
      "ci.item_id",
      "e.category",
      "e.description",
      itemEuroCents.as("eur"),
      "ci.in_sample",
      "ci.outcome",
      "ci.certified_cents",
      "ci.deducted_cents",
      "ci.error_type",
      "ci.comment",
      "ci.version",
    ])
    .where("ci.control_id", "=", controlId)
    .orderBy("e.position")
    .orderBy("e.created_at")
    .orderBy("e.id")
    .execute();
  return rows.map((r) => ({
    itemId: r.item_id,
    category: r.category,
    description: r.description,
    eurCents: Number(r.eur),
    inSample: r.in_sample,
    outcome: r.outcome,
    certifiedCents: r.certified_cents,
    deductedCents: r.deducted_cents,
    errorType: r.error_type,
    comment: r.comment,
    version: r.version,
  }));
}

/** Per-category figures of the items as they stand (pending items count as certified). */
export async function controlFigures(db: Db, projectId: string, items: readonly ControlItemRow[]) {
  const options = await financeOptions(db, projectId);
  const categories = certificateFigures(options.categories, items);
  return { categories, totals: figureTotals(categories) };
}

/** What a certificate keeps beyond `CertificateContent`: the deductions and parked items. */
export type IssuedContent = CertificateContent & {
  deductions: {
    itemId: string;
    category: CostCategory;
    description: string;
    declaredCents: number;
    certifiedCents: number;
    deductedCents: number;
    errorType: string;
    errorLabel: string;
    comment: string;
  }[];
  parked: { itemId: string; category: CostCategory; description: string; eurCents: number }[];
};

/** The content of the certificate a control issues now. */
export async function certificateContent(
  db: Db,
  control: Control,
  controller: { id: string; name: string },
  conclusion: string,
  now: Date,
): Promise<IssuedContent> {
  const items = await controlItemRows(db, control.id);
  const [{ categories }, partner, finance, types] = await Promise.all([
    controlFigures(db, control.project_id, items),
    db
      .selectFrom("partners")
      .select(["id", "name"])
      .where("id", "=", control.partner_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("partner_finance")
      .select("currency")
      .where("partner_id", "=", control.partner_id)
      .executeTakeFirst(),
    errorTypesOf(db, control.project_id),
  ]);
  const label = new Map(types.map((t) => [t.code, t.label]));
  return {
    reportVersion: control.report_version,
    partner: { id: partner.id, name: partner.name, currency: finance?.currency ?? "EUR" },
    periodNumber: control.period_number,
    categories,
    sample: {
      method: control.sample_method,
      seed: control.sample_seed,
      size: control.sample_size,
      items: items.filter((i) => i.inSample).length,
    },
    conclusion,
    controller,
    checklist: control.checklist ?? null,
    issuedAt: now.toISOString(),
    deductions: items
      .filter((i) => i.outcome === "deducted")
      .map((i) => ({
        itemId: i.itemId,
        category: i.category,
        description: i.description,
        declaredCents: i.eurCents,
        certifiedCents: i.certifiedCents ?? 0,
        deductedCents: i.deductedCents ?? 0,
        errorType: i.errorType ?? "",
        errorLabel: label.get(i.errorType ?? "") ?? i.errorType ?? "",
        comment: i.comment,
      })),
    parked: items
      .filter((i) => i.outcome === "parked")
      .map((i) => ({
        itemId: i.itemId,
        category: i.category,
        description: i.description,
        eurCents: i.eurCents,
      })),
  };
}

import { type Block, type DocumentSpec, documentPdf, type TextCell } from "@consortia/reports";
import { z } from "zod";
import type { Context } from "../context";
import { notFound } from "../errors";
import { CATEGORY_LABELS, euroText } from "../finance";
import { exportAudit, exportRoute, inProject } from "../shared/export-route";
import { recordNumber } from "../shared/fields";
import { CONTENT_TYPES, fileSafe } from "../shared/http-kit";
import type { ProjectCtx } from "../shared/service-context";
import { type ControlView, visibleControl } from "./access";
import type { IssuedContent } from "./figures";

/**
 * The control report and certificate as PDF: declared, deducted, parked and certified per cost
 * category, the conclusion, date and number; the deductions with their error types and the
 * parked items for the controller and the partner (readers of totals get the category table).
 */

const right = (text: string): TextCell => ({ text, align: "right" });
const bold = (text: string, align: "left" | "right" = "left"): TextCell => ({
  text,
  bold: true,
  align,
});
const SAMPLE_WORDS = {
  manual: "picked by the controller",
  random_share: "drawn at random by share",
  random_count: "drawn at random by count",
  all: "all items",
} as const;

type Loaded = {
  number: number;
  issuedAt: Date;
  content: IssuedContent;
  view: ControlView;
  controlId: string;
  shortName: string;
};

export function certificateDocument(l: Loaded): DocumentSpec {
  const c = l.content;
  const title = `Control certificate ${l.number}: ${c.partner.name}`;
  const rows = c.categories.map((r) => [
    CATEGORY_LABELS[r.category],
    ...[r.declaredCents, r.deductedCents, r.parkedCents, r.certifiedCents].map((v) =>
      right(euroText(v)),
    ),
  ]);
  const sum = (k: "declaredCents" | "deductedCents" | "parkedCents" | "certifiedCents") =>
    bold(euroText(c.categories.reduce((a, r) => a + r[k], 0)), "right");
  const s = c.sample;
  const blocks: Block[] = [
    {
      kind: "title",
      kicker: `First-level control · reporting period ${c.periodNumber} · report version ${c.reportVersion}`,
      title,
      subtitle: `Certificate number ${l.number}, issued ${c.issuedAt.slice(0, 10)}`,
      byline: `Controller: ${c.controller.name}`,
      edition: `Certificate ${l.number}`,
    },
    { kind: "heading", text: "Expenditure per cost category (EUR)", level: 1 },
    {
      kind: "table",
      header: true,
      widths: [32, 17, 17, 17, 17],
      rows: [
        ["Cost category", "Declared", "Deducted", "Parked", "Certified"].map((h, i) =>
          bold(h, i ? "right" : "left"),
        ),
        ...rows,
        [
          bold("Total"),
          sum("declaredCents"),
          sum("deductedCents"),
          sum("parkedCents"),
          sum("certifiedCents"),
        ],
      ],
    },
    {
      kind: "bullets",
      items: [
        `Sample: ${s.method ? SAMPLE_WORDS[s.method] : "none"}${s.seed ? ` (seed ${s.seed}, size ${s.size})` : ""}; ${s.items} items checked in the sample, the others certified as declared.`,
        "Flat-rate categories are computed from the certified base.",
      ],
    },
    ...detailBlocks(l),
    { kind: "heading", text: "Conclusion of the controller", level: 1 },
    { kind: "paragraphs", text: c.conclusion },
    {
      kind: "signature",
      statement: `Issued by ${c.controller.name} on ${c.issuedAt.slice(0, 10)}.`,
      fields: ["Date", "Signature"],
    },
  ];
  return {
    info: { title, author: "Consortia", subject: `Period ${c.periodNumber}` },
    header: title,
    footer: `Period ${c.periodNumber} · certificate ${l.number}`,
    blocks,
  };
}

function detailBlocks(l: Loaded): Block[] {
  if (l.view === "totals")
    return [
      {
        kind: "note",
        text: "The deductions per item are seen by the partner and its controller.",
      },
    ];
  const d = l.content.deductions;
  const p = l.content.parked;
  return [
    { kind: "heading", text: "Deductions", level: 1 },
    d.length === 0
      ? { kind: "paragraphs", text: "", empty: "Nothing was deducted." }
      : {
          kind: "table",
          header: true,
          widths: [26, 16, 14, 14, 30],
          rows: [
            ["Item", "Type of error", "Declared", "Deducted", "Comment"].map((h) => bold(h)),
            ...d.map((x) => [
              `${x.description} (${CATEGORY_LABELS[x.category]})`,
              x.errorLabel,
              right(euroText(x.declaredCents)),
              right(euroText(x.deductedCents)),
              x.comment,
            ]),
          ],
        },
    { kind: "heading", text: "Parked for a later report", level: 1 },
    p.length === 0
      ? { kind: "paragraphs", text: "", empty: "No item was parked." }
      : {
          kind: "bullets",
          items: p.map(
            (x) => `${x.description} (${CATEGORY_LABELS[x.category]}): EUR ${euroText(x.eurCents)}`,
          ),
        },
  ];
}

async function load(ctx: ProjectCtx, controlId: string, number: number): Promise<Loaded> {
  const { control, view } = await visibleControl(ctx, controlId);
  const cert = await ctx.db
    .selectFrom("control_certificates as c")
    .innerJoin("partners as p", "p.id", "c.partner_id")
    .select(["c.number", "c.issued_at", "c.content", "p.short_name"])
    .where("c.control_id", "=", control.id)
    .where("c.number", "=", number)
    .executeTakeFirst();
  if (!cert) throw notFound("Control certificate");
  return {
    number: cert.number,
    issuedAt: cert.issued_at,
    content: cert.content as IssuedContent,
    view,
    controlId: control.id,
    shortName: cert.short_name,
  };
}

/**
 * GET /api/projects/:projectId/finance/control/:controlId/certificates/:number/pdf: the
 * control report and certificate N, the reader's control view applied.
 */
export function handleControlCertificatePdf(
  ctx: Context,
  projectId: string,
  controlId: string,
  number: string,
  req: Request,
) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: () => {
      const n = recordNumber.safeParse(Number(number));
      if (!z.uuid().safeParse(controlId).success || !n.success)
        throw notFound("Control certificate");
      return { number: n.data };
    },
    load: (pctx, q) => load(pctx, controlId, q.number),
    render: (l) => documentPdf(certificateDocument(l)),
    head: (l) => ({
      type: CONTENT_TYPES.pdf,
      fileName: `ControlCertificate-${fileSafe(l.shortName, "partner")}-P${l.content.periodNumber}-${l.number}.pdf`,
    }),
    audit: (pctx, l) =>
      exportAudit(pctx, {
        entity: "control",
        entityId: l.controlId,
        summary: `Control certificate ${l.number} of ${l.content.partner.name}, period ${l.content.periodNumber}, exported as PDF`,
        data: { format: "pdf", number: l.number },
      }),
  });
}

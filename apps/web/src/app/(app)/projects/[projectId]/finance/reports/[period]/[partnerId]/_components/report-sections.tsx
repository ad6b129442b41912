import type { RouterOutputs } from "@consortia/api/client";
import { euroText, REPORT_CATEGORY_LABELS } from "@consortia/api/schemas";
import type { ReactNode } from "react";
import { ColumnHeads } from "@/components/column-heads";
import { DateTime } from "@/components/date-time";
import { NumbersHead, ScrollingTable } from "@/components/scrolling-table";
import { SectionCard } from "@/components/section-card";
import { TextLink } from "@/components/text-link";
import { TBody, TD, TH, TR } from "@/components/ui/table";

type Model = RouterOutputs["financialReports"]["get"];
type Versions = RouterOutputs["financialReports"]["versions"];

const CONTRIBUTION_KINDS = {
  public: "public",
  automatic_public: "automatic public",
  private: "private",
} as const;

type Line = { key: string; label: ReactNode; cents: number; total?: boolean };

/** A two-column table of amounts, its last line in bold when it is a total. */
function AmountTable({ label, head, lines }: { label: string; head: string; lines: Line[] }) {
  return (
    <ScrollingTable label={label}>
      <NumbersHead label={head} numbers={["Amount"]} />
      <TBody>
        {lines.map((l) => (
          <TR key={l.key} className={l.total ? "font-semibold" : undefined}>
            <TH scope="row" className={l.total ? "text-foreground" : "font-normal text-foreground"}>
              {l.label}
            </TH>
            <TD className="text-right tabular-nums">{euroText(l.cents)}</TD>
          </TR>
        ))}
      </TBody>
    </ScrollingTable>
  );
}

/** Flat rates, the lump sum, the total eligible and how the fund and the partner share it. */
export function FundingSection({ m }: { m: Model }) {
  const flat = m.categories.filter((c) => c.flatRatePercent !== null);
  return (
    <SectionCard
      title="Flat rates and contributions"
      description="Flat rates are computed on this report's real costs, never typed. The programme fund pays the co-financing rate of the total eligible; the rest is the partner's contribution, shared across its sources as budgeted."
    >
      <div className="grid gap-6">
        <AmountTable
          label="Flat rates, lump sum and total eligible, in euros"
          head="Line"
          lines={[
            ...flat.map((c) => ({
              key: c.category,
              label: `${REPORT_CATEGORY_LABELS[c.category]}: ${c.flatRatePercent} % of ${
                c.flatRateBase ? REPORT_CATEGORY_LABELS[c.flatRateBase].toLowerCase() : ""
              }`,
              cents: c.amountCents,
            })),
            {
              key: "lump",
              label: `Preparation lump sum${m.period.number === 1 ? "" : " (paid with period 1)"}`,
              cents: m.lumpSumCents,
            },
            ...(m.corrections.totalCents > 0
              ? [
                  {
                    key: "corrections",
                    label: "Financial corrections of earlier periods",
                    cents: -m.corrections.totalCents,
                  },
                ]
              : []),
            { key: "total", label: "Total eligible", cents: m.eligibleCents, total: true },
          ]}
        />
        <AmountTable
          label="Contributions by source, in euros"
          head="Source"
          lines={[
            {
              key: "fund",
              label: `Programme fund (${m.funding.cofinancingPercent} %)`,
              cents: m.funding.fundCents,
            },
            ...m.funding.sources.map((s) => ({
              key: s.id,
              label: (
                <>
                  {s.name}{" "}
                  <span className="text-muted-foreground">({CONTRIBUTION_KINDS[s.kind]})</span>
                </>
              ),
              cents: s.amountCents,
            })),
            {
              key: "contribution",
              label: "Partner contribution",
              cents: m.funding.contributionCents,
              total: true,
            },
          ]}
        />
      </div>
    </SectionCard>
  );
}

/** The items the reader may see (the partner: all; the lead: no staff lines; others: none). */
export function ItemsSection({ m, expenditureHref }: { m: Model; expenditureHref: string }) {
  const link = (
    <TextLink href={expenditureHref} className="underline">
      the list of expenditure
    </TextLink>
  );
  return (
    <SectionCard
      title="Expenditure"
      description={
        m.items === null ? (
          <>Other partners see the totals per cost category only.</>
        ) : (
          <>
            {m.itemCount} items this period. Add, correct and attach evidence in {link}.
            {m.view === "items" && " Staff-cost lines are shown as their total only."}
          </>
        )
      }
    >
      {m.items === null || m.items.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {m.items === null ? "No items are shown to you." : "No items to show."}
        </p>
      ) : (
        <ScrollingTable label="Items of the report">
          <ColumnHeads
            columns={[
              "Category",
              "Description",
              "Invoice",
              { label: "Declared", className: "text-right" },
              { label: "EUR", className: "text-right" },
            ]}
          />
          <TBody>
            {m.items.map((i) => (
              <TR key={i.id}>
                <TD className="whitespace-nowrap">{REPORT_CATEGORY_LABELS[i.category]}</TD>
                <TH scope="row" className="font-normal text-foreground">
                  {i.description}
                  {i.staffPerson && (
                    <span className="block text-xs text-muted-foreground">{i.staffPerson}</span>
                  )}
                </TH>
                <TD>{i.invoiceNumber || "–"}</TD>
                <TD className="whitespace-nowrap text-right tabular-nums">
                  {euroText(i.declaredCents)} {i.currency}
                </TD>
                <TD className="whitespace-nowrap text-right tabular-nums">
                  {i.eurCents === null ? "no rate" : euroText(i.eurCents)}
                  {i.estimate && i.eurCents !== null && (
                    <span className="block text-xs text-muted-foreground">estimate</span>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </ScrollingTable>
      )}
    </SectionCard>
  );
}

/** Each submission, kept as it was, with its PDF. */
export function VersionsSection({ versions, pdfBase }: { versions: Versions; pdfBase: string }) {
  return (
    <SectionCard
      title="Submitted versions"
      description="Each submission is kept as it was; later corrections never change it."
    >
      {versions.length === 0 ? (
        <p className="text-sm text-muted-foreground">The report has not been submitted yet.</p>
      ) : (
        <ul className="grid gap-2 text-sm">
          {versions.map((v) => (
            <li key={v.number} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium">Version {v.number}</span>
              <span className="text-muted-foreground">
                <DateTime value={v.submittedAt} />
                {v.submittedBy && ` by ${v.submittedBy}`}
              </span>
              <TextLink href={`${pdfBase}?version=${v.number}`} prefetch={false}>
                PDF<span className="sr-only"> of version {v.number}</span>
              </TextLink>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

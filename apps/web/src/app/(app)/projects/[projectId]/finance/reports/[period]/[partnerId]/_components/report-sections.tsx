import type { RouterOutputs } from "@consortia/api/client";
import { euroText, REPORT_CATEGORY_LABELS } from "@consortia/api/schemas";
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

const Amount = ({ cents }: { cents: number }) => (
  <TD className="text-right tabular-nums">{euroText(cents)}</TD>
);

/** Flat rates, the lump sum, the total eligible and how the fund and the partner share it. */
export function FundingSection({ m }: { m: Model }) {
  const flat = m.categories.filter((c) => c.flatRatePercent !== null);
  return (
    <SectionCard
      title="Flat rates and contributions"
      description="Flat rates are computed on this report's real costs, never typed. The programme fund pays the co-financing rate of the total eligible; the rest is the partner's contribution, shared across its sources as budgeted."
    >
      <div className="grid gap-6">
        <ScrollingTable label="Flat rates, lump sum and total eligible, in euros">
          <NumbersHead label="Line" numbers={["Amount"]} />
          <TBody>
            {flat.map((c) => (
              <TR key={c.category}>
                <TH scope="row" className="font-normal text-foreground">
                  {REPORT_CATEGORY_LABELS[c.category]}: {c.flatRatePercent} % of{" "}
                  {c.flatRateBase && REPORT_CATEGORY_LABELS[c.flatRateBase].toLowerCase()}
                </TH>
                <Amount cents={c.amountCents} />
              </TR>
            ))}
            <TR>
              <TH scope="row" className="font-normal text-foreground">
                Preparation lump sum{m.period.number === 1 ? "" : " (paid with period 1)"}
              </TH>
              <Amount cents={m.lumpSumCents} />
            </TR>
            <TR className="font-semibold">
              <TH scope="row" className="text-foreground">
                Total eligible
              </TH>
              <Amount cents={m.eligibleCents} />
            </TR>
          </TBody>
        </ScrollingTable>
        <ScrollingTable label="Contributions by source, in euros">
          <NumbersHead label="Source" numbers={["Amount"]} />
          <TBody>
            <TR>
              <TH scope="row" className="font-normal text-foreground">
                Programme fund ({m.funding.cofinancingPercent} %)
              </TH>
              <Amount cents={m.funding.fundCents} />
            </TR>
            {m.funding.sources.map((s) => (
              <TR key={s.id}>
                <TH scope="row" className="font-normal text-foreground">
                  {s.name}{" "}
                  <span className="text-muted-foreground">({CONTRIBUTION_KINDS[s.kind]})</span>
                </TH>
                <Amount cents={s.amountCents} />
              </TR>
            ))}
            <TR className="font-semibold">
              <TH scope="row" className="text-foreground">
                Partner contribution
              </TH>
              <Amount cents={m.funding.contributionCents} />
            </TR>
          </TBody>
        </ScrollingTable>
      </div>
    </SectionCard>
  );
}

/** The items the reader may see (the partner: all; the lead: no staff lines; others: none). */
export function ItemsSection({ m, expenditureHref }: { m: Model; expenditureHref: string }) {
  const link = <TextLink href={expenditureHref}>the list of expenditure</TextLink>;
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

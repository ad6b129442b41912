import { CATEGORY_LABELS, CONTRIBUTION_KIND_LABELS } from "@consortia/api/schemas";
import { NumbersHead, ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import type { ReportClaim } from "./types";

type Figures = ReportClaim["total"];

/** Euros with cents as decimals (the report's JSON-safe amounts) on the finance pages' format. */
export const euros = (eur: number) => formatEuros(Math.round(eur * 100));

function FigureCells({ f }: { f: Figures }) {
  return (
    <>
      {[f.declaredEur, f.certifiedEur, f.fundEur, f.contributionEur].map((x, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: four fixed columns
        <TD key={i} className="text-right tabular-nums">
          {euros(x)}
        </TD>
      ))}
    </>
  );
}

const FIGURES = ["Declared", "Certified", "Fund requested", "Contribution"];

/**
 * The joint report's financial part as every reader sees it: per partner × cost category the
 * declared and certified amounts, the fund requested and the contribution, with each
 * partner's total and the project's; the included certificates for those who may see them.
 */
export function FinancialPartSection({
  claim,
  listCertificates = true,
}: {
  claim: ReportClaim | undefined;
  /** False where the certificates are listed beside it already (the lead's choices). */
  listCertificates?: boolean;
}) {
  if (!claim)
    return (
      <p className="text-sm text-muted-foreground">
        This version was submitted before the report had a financial part.
      </p>
    );
  if (claim.partners.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        No certified partner report is included in this report yet.
      </p>
    );
  return (
    <div className="grid min-w-0 gap-4">
      <p className="text-sm text-muted-foreground">
        {claim.certificateCount} control certificate{claim.certificateCount === 1 ? "" : "s"}{" "}
        included. Fund requested = certified × the partner’s co-financing rate, rounded to the cent
        once per partner and cost category; the contribution is the rest.
      </p>
      <ScrollingTable label="Claim per partner and cost category (EUR)">
        <caption className="sr-only">Claim per partner and cost category, in euros</caption>
        <NumbersHead label="Partner and cost category" numbers={FIGURES} />
        <TBody>
          {claim.partners.flatMap((p) => [
            ...p.categories.map((c) => (
              <TR key={`${p.partnerId}:${c.category}`}>
                <TH scope="row" className="font-normal text-foreground">
                  {p.partner} · {CATEGORY_LABELS[c.category]}
                </TH>
                <FigureCells f={c} />
              </TR>
            )),
            <TR key={`${p.partnerId}:total`} className="font-medium">
              <TH scope="row" className="text-foreground">
                {p.partner} total
                {p.cofinancingPercent !== null && (
                  <span className="block text-xs font-normal text-muted-foreground">
                    Co-financing {p.cofinancingPercent} %
                    {p.contributions.length > 0 &&
                      ` · contribution: ${p.contributions
                        .map(
                          (s) =>
                            `${s.name} (${CONTRIBUTION_KIND_LABELS[s.kind]}) ${euros(s.amountEur)}`,
                        )
                        .join("; ")}`}
                  </span>
                )}
              </TH>
              <FigureCells f={p.total} />
            </TR>,
          ])}
          {claim.categories.map((c) => (
            <TR key={`all:${c.category}`}>
              <TH scope="row" className="font-normal text-foreground">
                All partners · {CATEGORY_LABELS[c.category]}
              </TH>
              <FigureCells f={c} />
            </TR>
          ))}
          <TR className="font-semibold">
            <TH scope="row" className="text-foreground">
              All partners total
            </TH>
            <FigureCells f={claim.total} />
          </TR>
        </TBody>
      </ScrollingTable>
      {listCertificates && claim.certificates && claim.certificates.length > 0 && (
        <ScrollingTable label="Included certificates (EUR)">
          <caption className="sr-only">Included control certificates, amounts in euros</caption>
          <NumbersHead
            label="Certificate"
            numbers={["Declared", "Deducted", "Parked", "Certified"]}
          />
          <TBody>
            {claim.certificates.map((c) => (
              <TR key={c.certificateId}>
                <TH scope="row" className="font-normal text-foreground">
                  {c.partner}, period {c.periodNumber}, certificate {c.number}
                  <span className="block text-xs text-muted-foreground">
                    Issued {formatDate(c.issuedAt)} by {c.controller}
                  </span>
                </TH>
                {[c.declaredEur, c.deductedEur, c.parkedEur, c.certifiedEur].map((x, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: four fixed columns
                  <TD key={i} className="text-right tabular-nums">
                    {euros(x)}
                  </TD>
                ))}
              </TR>
            ))}
          </TBody>
        </ScrollingTable>
      )}
    </div>
  );
}

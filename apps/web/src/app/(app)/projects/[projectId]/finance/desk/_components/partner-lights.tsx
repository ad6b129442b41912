import { ColumnHeads } from "@/components/column-heads";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { type DeskPartner, euros, LIGHT_DOT, percent } from "@/lib/money-desk";
import { cn } from "@/lib/utils";

/** A partner's light: its dot and its words. */
export function LightText({ partner }: { partner: Pick<DeskPartner, "light" | "lightLabel"> }) {
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <span aria-hidden="true" className={cn("size-3 rounded-full", LIGHT_DOT[partner.light])} />
      {partner.lightLabel}
    </span>
  );
}

/** Each partner's light against its plan to date, with the figures behind it. */
export function PartnerLights({ partners }: { partners: DeskPartner[] }) {
  return (
    <Table label="Spending against plan to date per partner">
      <caption className="sr-only">
        Spending against the plan to date per partner, with its traffic light
      </caption>
      <ColumnHeads
        columns={["Partner", "Status", "Plan to date", "Reported", "% of plan", "Agreement"]}
      />
      <TBody>
        {partners.map((p) => (
          <TR key={p.partnerId}>
            <TH scope="row" className="min-w-32 font-medium text-foreground">
              {p.shortName}
            </TH>
            <TD>
              <LightText partner={p} />
            </TD>
            <TD className="text-right tabular-nums">{euros(p.toDate.planCents)}</TD>
            <TD className="text-right tabular-nums">{euros(p.toDate.reportedCents)}</TD>
            <TD className="text-right tabular-nums">{percent(p.toDate.percentOfPlan)}</TD>
            <TD className="min-w-48">
              {p.agreementSignedOn ? (
                `Signed on ${formatDate(p.agreementSignedOn)}`
              ) : (
                <span className="font-medium">
                  Not signed: cannot submit expenditure until the partnership agreement is signed
                </span>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

/**
 * The flexibility rule per partner: its whole budget, what it has reported, how much it may
 * still exceed, and for a partner over its budget what the others must compensate.
 */
export function FlexibilityTable({
  partners,
  flexibilityPercent,
}: {
  partners: DeskPartner[];
  flexibilityPercent: number;
}) {
  return (
    <Table label="Budget flexibility per partner">
      <caption className="sr-only">
        Each partner may exceed its own budget by up to {flexibilityPercent}% if the others
        compensate
      </caption>
      <ColumnHeads
        columns={[
          "Partner",
          "Budget",
          "Reported",
          "Over budget by",
          "May still exceed by",
          "Others must compensate",
        ]}
      />
      <TBody>
        {partners.map((p) => {
          const f = p.flexibility;
          return (
            <TR key={p.partnerId}>
              <TH scope="row" className="min-w-32 font-medium text-foreground">
                {p.shortName}
                {p.lumpSumCents > 0 && (
                  <span className="block text-xs font-normal text-muted-foreground">
                    Preparation lump sum {euros(p.lumpSumCents)} (not a cost category)
                  </span>
                )}
              </TH>
              <TD className="text-right tabular-nums">{euros(p.budget.planCents)}</TD>
              <TD className="text-right tabular-nums">{euros(p.budget.reportedCents)}</TD>
              <TD className="text-right tabular-nums">{f?.overCents ? euros(f.overCents) : "–"}</TD>
              <TD className="text-right tabular-nums">
                {f ? euros(f.mayStillExceedCents) : "–"}
                {f?.beyondFlexibility && (
                  <span className="block text-xs font-medium text-red-700">
                    Beyond {flexibilityPercent}%: needs a budget change
                  </span>
                )}
              </TD>
              <TD className="text-right tabular-nums">
                {f?.othersMustCompensateCents ? euros(f.othersMustCompensateCents) : "–"}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatEuros } from "@/lib/money-format";
import type { BudgetDifference } from "./types";

type Diff = NonNullable<BudgetDifference["difference"]>;
type Change = Diff["total"];

const percent = (p: number | null) => (p === null ? "new" : `${p > 0 ? "+" : ""}${p} %`);
const signed = (cents: number) => `${cents > 0 ? "+" : ""}${formatEuros(cents)}`;

function Cells({ c }: { c: Change }) {
  return (
    <>
      <TD className="text-right tabular-nums">{formatEuros(c.beforeCents)}</TD>
      <TD className="text-right tabular-nums">{formatEuros(c.afterCents)}</TD>
      <TD className="text-right tabular-nums">{signed(c.changeCents)}</TD>
      <TD className="text-right tabular-nums">{percent(c.changePercent)}</TD>
    </>
  );
}

const AMOUNTS = [
  { label: "Before (EUR)", className: "text-right" },
  { label: "After (EUR)", className: "text-right" },
  { label: "Change (EUR)", className: "text-right" },
  { label: "Change", className: "text-right" },
];

/**
 * The draft change against the version in force: per partner (with the flexibility check),
 * per partner × category, and per period where a cell changed; whether it is a formal change.
 */
export function DifferenceTable({ data }: { data: BudgetDifference }) {
  const d = data.difference;
  if (!d) return null;
  const name = (id: string) => data.partners.find((p) => p.id === id)?.shortName ?? "Partner";
  const label = (c: string) => data.categories.find((x) => x.category === c)?.label ?? c;
  return (
    <div className="grid gap-6">
      {!d.changed ? (
        <Alert variant="info">The draft is the same as version {d.base.number} so far.</Alert>
      ) : d.major.needed ? (
        <Alert variant={d.secondMajorChange ? "error" : "info"}>
          A formal major change: {data.majorReasons.join("; ")}.{" "}
          {d.secondMajorChange
            ? `The project already had ${d.majorChanges} major change${d.majorChanges === 1 ? "" : "s"}; a formal change is normally made once in a project's life.`
            : "A formal change is normally made once in a project's life."}
        </Alert>
      ) : (
        <Alert variant="success">
          Within the {d.flexibilityPercent} % flexibility: no formal major change is needed.
        </Alert>
      )}
      <ScrollingTable label="Change per partner">
        <caption className="sr-only">
          Each partner's budget before and after the change, and whether it stays within the
          flexibility allowance
        </caption>
        <ColumnHeads
          columns={[
            "Partner",
            ...AMOUNTS,
            { label: `Allowance (${d.flexibilityPercent} %)`, className: "text-right" },
            "Flexibility",
          ]}
        />
        <TBody>
          {d.partners.map((p) => (
            <TR key={p.partnerId}>
              <TH scope="row">{name(p.partnerId)}</TH>
              <Cells c={p} />
              <TD className="text-right tabular-nums">{formatEuros(p.allowanceCents)}</TD>
              <TD>
                {p.added ? (
                  <Badge variant="warning">Added</Badge>
                ) : p.removed ? (
                  <Badge variant="warning">Removed</Badge>
                ) : p.beyondFlexibility ? (
                  <Badge variant="destructive">Beyond flexibility</Badge>
                ) : (
                  <Badge variant="outline">Within</Badge>
                )}
              </TD>
            </TR>
          ))}
          <TR className="font-semibold">
            <TH scope="row">Partnership</TH>
            <Cells c={d.total} />
            <TD />
            <TD />
          </TR>
        </TBody>
      </ScrollingTable>
      <ScrollingTable label="Change per partner and cost category">
        <caption className="sr-only">
          Each partner's budget per cost category before and after
        </caption>
        <ColumnHeads columns={["Partner", "Cost category", ...AMOUNTS]} />
        <TBody>
          {d.cells.map((c) => (
            <TR key={`${c.partnerId}|${c.category}`}>
              <TH scope="row">{name(c.partnerId)}</TH>
              <TD>{label(c.category)}</TD>
              <Cells c={c} />
            </TR>
          ))}
        </TBody>
      </ScrollingTable>
      {d.periods.length > 0 && (
        <ScrollingTable label="Changed cells per period">
          <caption className="sr-only">The cells of the plan the change alters, per period</caption>
          <ColumnHeads columns={["Partner", "Cost category", "Period", ...AMOUNTS]} />
          <TBody>
            {d.periods.map((c) => (
              <TR key={`${c.partnerId}|${c.category}|${c.periodNumber}`}>
                <TH scope="row">{name(c.partnerId)}</TH>
                <TD>{label(c.category)}</TD>
                <TD>Period {c.periodNumber}</TD>
                <Cells c={c} />
              </TR>
            ))}
          </TBody>
        </ScrollingTable>
      )}
    </div>
  );
}

import { TH, THead, TR } from "@/components/ui/table";

/** A column: its name, or its name with classes; `srOnly` names it for screen readers only. */
export type ColumnHead = string | { label: string; className?: string; srOnly?: boolean };

/** A table's header row, each heading scoped to its column. */
export function ColumnHeads({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <THead>
      <TR>
        {columns.map((c) => {
          const { label, className, srOnly } = typeof c === "string" ? { label: c } : c;
          return (
            <TH key={label} scope="col" className={className}>
              {srOnly ? <span className="sr-only">{label}</span> : label}
            </TH>
          );
        })}
      </TR>
    </THead>
  );
}

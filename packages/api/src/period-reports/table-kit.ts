import type { PeriodReportModel } from "./model";

/**
 * The machinery of ./tables: a table is rows taken from the report and columns that turn a
 * row into cells, for the XLSX sheets, the CSV files and the PDF tables alike. A cell is a string, a number, a Date (calendar days are
 * midnight UTC; instants keep their time) or null (empty), never a formatted number.
 */
export type Cell = string | number | Date | null;

/** How a column's cells are written: `day` and `instant` are Dates, `eur` has 2 decimals. */
export type ColumnKind = "text" | "int" | "number" | "eur" | "percent" | "day" | "instant";

export type Column<R> = {
  header: string;
  kind: ColumnKind;
  /** Width in characters for the XLSX sheet (the PDF scales them to the page). */
  width: number;
  value: (row: R) => Cell;
  /** Relative width in the PDF's table; a column without one is left out of the PDF. */
  pdf?: number;
  /** A number column whose cells are amounts in EUR on some rows only (indicators). */
  eur?: (row: R) => boolean;
};

export type TableDef<R> = {
  name: string;
  /** Sheet name (at most 31 characters) and heading. */
  title: string;
  rows: (m: PeriodReportModel) => R[];
  columns: Column<R>[];
};

export const day = (iso: string | null): Date | null =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
export const instant = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

/** A table with its rows taken from the report and its cells computed. */
export type Materialised = {
  name: string;
  title: string;
  columns: { header: string; kind: ColumnKind; width: number; pdf?: number }[];
  /** Per row: the cells, and which cells are EUR amounts. */
  rows: { cells: Cell[]; eur: boolean[] }[];
};

export function materialiseOne<R>(def: TableDef<R>, m: PeriodReportModel): Materialised {
  return {
    name: def.name,
    title: def.title,
    columns: def.columns.map(({ header, kind, width, pdf }) => ({ header, kind, width, pdf })),
    rows: def.rows(m).map((r) => ({
      cells: def.columns.map((c) => c.value(r)),
      eur: def.columns.map((c) => c.eur?.(r) ?? false),
    })),
  };
}

/** A table definition bound to its row type, so the list of tables needs no casts. */
export const table = <R>(def: TableDef<R>) => ({
  name: def.name,
  title: def.title,
  materialise: (m: PeriodReportModel): Materialised => materialiseOne(def, m),
});

/**
 * Tables as every writer of this package takes them: columns that turn a row into cells,
 * defined once by a domain and rendered to XLSX sheets, CSV files and PDF tables alike.
 * A cell is a string, a number, a Date (calendar days are midnight UTC; instants keep their
 * time) or null (empty), never a number formatted as text.
 */
export type Cell = string | number | Date | null;

/** How a column's cells are written: `day` and `instant` are Dates, `eur` has 2 decimals. */
export type ColumnKind = "text" | "int" | "number" | "eur" | "percent" | "day" | "instant";

/** Emphasis a spreadsheet cell may carry: bold, or the light shading of a summary. */
export type CellStyle = { bold?: boolean; shaded?: boolean };

export type Column<R> = {
  header: string;
  kind: ColumnKind;
  /** Width in characters in a spreadsheet. */
  width: number;
  value: (row: R) => Cell;
  /**
   * A column of mixed cells (a summary's values): the kind of this row's cell, so a day is
   * written as a day and an instant as an instant; `kind` when left out.
   */
  kindOf?: (row: R) => ColumnKind;
  /** Relative width in a PDF table; a column without one is left out of the PDF. */
  pdf?: number;
  /** A number column whose cells are amounts in EUR on some rows only. */
  eur?: (row: R) => boolean;
  /** Wrap text in a spreadsheet; by default columns of 40 characters or more wrap. */
  wrap?: boolean;
  style?: (row: R) => CellStyle | undefined;
};

export type TableColumn = Pick<Column<never>, "header" | "kind" | "width" | "pdf" | "wrap">;
export type TableRow = {
  cells: Cell[];
  // The lists below may be shared between rows: read them, never change them.
  /** Each cell's kind: its column's, or what the column's `kindOf` says for this row. */
  kinds: ColumnKind[];
  eur: boolean[];
  styles: (CellStyle | undefined)[];
};

/** A table with its cells computed: what the writers take. `title` names a sheet. */
export type Table = { name: string; title: string; columns: TableColumn[]; rows: TableRow[] };

export function tableOf<R>(
  spec: { name: string; title: string; columns: readonly Column<R>[] },
  rows: readonly R[],
): Table {
  const { columns } = spec;
  // Rows share one read-only list of kinds, EUR flags or styles where no column varies them
  // by row: a large table then makes one array per row (its cells), not four.
  const kinds = columns.map((c) => c.kind);
  const noEur = columns.map(() => false);
  const noStyles = columns.map(() => undefined);
  const byRow = {
    kinds: columns.some((c) => c.kindOf),
    eur: columns.some((c) => c.eur),
    styles: columns.some((c) => c.style),
  };
  return {
    name: spec.name,
    title: spec.title,
    columns: columns.map(({ header, kind, width, pdf, wrap }) => ({
      header,
      kind,
      width,
      pdf,
      wrap,
    })),
    rows: rows.map((r) => ({
      cells: columns.map((c) => c.value(r)),
      kinds: byRow.kinds ? columns.map((c) => c.kindOf?.(r) ?? c.kind) : kinds,
      eur: byRow.eur ? columns.map((c) => c.eur?.(r) ?? false) : noEur,
      styles: byRow.styles ? columns.map((c) => c.style?.(r)) : noStyles,
    })),
  };
}

/** The data rows over several tables (an export's row count, progress). */
export const totalRows = (tables: readonly Table[]) =>
  tables.reduce((n, t) => n + t.rows.length, 0);

/** "YYYY-MM-DD" (or the day of a timestamp) as a day cell; null stays empty. */
export const dayCell = (iso: string | null): Date | null =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;

/** An ISO 8601 timestamp as an instant cell; null stays empty. */
export const instantCell = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

import { type Column, type Table, tableOf } from "@consortia/reports/table";
import type { PeriodReportModel } from "./model";

/**
 * The machinery of ./tables: a table is rows taken from the report and columns (from
 * @consortia/reports) that turn a row into cells, for the XLSX sheets, the CSV files and the
 * PDF tables alike.
 */
export type { Cell, ColumnKind, Table as Materialised } from "@consortia/reports/table";
export { dayCell as day, instantCell as instant } from "@consortia/reports/table";

export type TableDef<R> = {
  name: string;
  /** Sheet name (at most 31 characters) and heading. */
  title: string;
  rows: (m: PeriodReportModel) => R[];
  columns: Column<R>[];
};

/** A table definition bound to its row type, so the list of tables needs no casts. */
export const table = <R>(def: TableDef<R>) => ({
  name: def.name,
  title: def.title,
  materialise: (m: PeriodReportModel): Table => tableOf(def, def.rows(m)),
  /** Its number of rows, without computing a cell. */
  count: (m: PeriodReportModel): number => def.rows(m).length,
});

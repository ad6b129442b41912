import { type Column, tableOf } from "./table";

/** Rows for the writer tests: hostile text, multi-line and quoted text, numbers, dates. */
export const HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"];

export type Item = {
  name: string;
  note: string;
  count: number;
  amount: number | null;
  share: number;
  due: string | null;
  at: string;
};

export const ITEMS: Item[] = [
  ...HOSTILE.map((name, i) => ({
    name,
    note: `Line one, "quoted"\nline two (ł ř Ω) ${i}`,
    count: i ? -i : 0,
    amount: 1000.5 * i,
    share: 12.34,
    due: "2026-03-01",
    at: "2026-03-01T09:30:00.000Z",
  })),
  {
    name: "Plain",
    note: "",
    count: 7,
    amount: null,
    share: 0,
    due: null,
    at: "2026-01-02T00:00:00Z",
  },
];

export const COLUMNS: Column<Item>[] = [
  {
    header: "Name",
    kind: "text",
    width: 20,
    pdf: 3,
    value: (r) => r.name,
    style: () => ({ bold: true }),
  },
  { header: "Note", kind: "text", width: 50, pdf: 5, value: (r) => r.note },
  { header: "Count", kind: "int", width: 8, pdf: 1, value: (r) => r.count },
  { header: "Amount", kind: "eur", width: 12, pdf: 2, value: (r) => r.amount },
  { header: "Share", kind: "percent", width: 8, value: (r) => r.share },
  {
    header: "Due",
    kind: "day",
    width: 12,
    pdf: 2,
    value: (r) => (r.due ? new Date(`${r.due}T00:00:00Z`) : null),
  },
  { header: "At", kind: "instant", width: 18, value: (r) => new Date(r.at) },
];

export const itemTable = (rows: Item[] = ITEMS) =>
  tableOf(
    { name: "items", title: "Items and more items, a long sheet title", columns: COLUMNS },
    rows,
  );

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { type Block, checkboxLine, type DocumentSpec, type TextCell } from "./document";
import { cleanText } from "./neutralise";

/**
 * A document of blocks (./document) as an editable Word file: real headings (they fill the
 * navigation pane and a table of contents), real tables whose header row repeats on every
 * page, summaries as shaded paragraphs that Word keeps together as one bordered box while
 * people edit inside it, and "Page n of m" in the footer.
 */
const BOX_BORDER = { style: BorderStyle.SINGLE, size: 6, color: "9DB7D5", space: 4 };
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "B8C4D6" };
const HEAD_FILL = "D9E2F0";
const MUTED = "5B6573";

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

type Part = Paragraph | Table;

export async function documentDocx(spec: DocumentSpec): Promise<Buffer> {
  const doc = new Document({
    creator: "Consortia",
    title: cleanText(spec.info.title),
    subject: cleanText(spec.info.subject),
    styles: { default: { document: { run: { size: 21 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [small(spec.header)] }) },
        footers: {
          default: new Footer({
            children: [
              small(spec.footer),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    color: MUTED,
                    children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: spec.blocks.flatMap(blockDocx),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function blockDocx(block: Block): Part[] {
  switch (block.kind) {
    case "title":
      return [
        small(block.kicker.toUpperCase()),
        new Paragraph({ text: cleanText(block.title), heading: HeadingLevel.TITLE }),
        new Paragraph({
          children: [new TextRun({ text: cleanText(block.subtitle), bold: true, size: 30 })],
        }),
        new Paragraph({ text: cleanText(block.byline) }),
        small(block.edition),
      ];
    case "heading":
      return [
        new Paragraph({
          text: cleanText(block.text),
          heading: LEVELS[block.level],
          keepNext: true,
          pageBreakBefore: block.newPage,
        }),
      ];
    case "paragraphs":
      return body(block.text, block.empty);
    case "note":
      return [
        new Paragraph({
          children: [
            new TextRun({ text: cleanText(block.text), italics: true, color: MUTED, size: 18 }),
          ],
        }),
      ];
    case "label":
      return [
        new Paragraph({
          children: [new TextRun({ text: cleanText(block.text), bold: true })],
          keepNext: true,
        }),
      ];
    case "bullets":
      return block.items.map(
        (item) => new Paragraph({ text: cleanText(item), bullet: { level: 0 } }),
      );
    case "checkboxes":
      return [
        ...block.items.map((item) => new Paragraph({ text: cleanText(checkboxLine(item)) })),
        gap(),
      ];
    case "summary":
      return summaryBox(block.label, block.text, block.empty);
    case "table":
      return [table(block.rows, block.widths, block.header), gap()];
    case "signature":
      return [
        new Paragraph({ text: cleanText(block.statement) }),
        gap(),
        table(
          block.fields.map((field) => [{ text: field, bold: true }, ""]),
          [35, 65],
          false,
        ),
      ];
  }
}

function small(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: cleanText(text), size: 16, color: MUTED })],
  });
}

/** Spacing after a table, which Word otherwise glues to what follows it. */
const gap = () => new Paragraph({ text: "" });

/** One paragraph per line of someone's text; an empty field says so. */
function body(text: string, empty = "Not provided."): Paragraph[] {
  const clean = cleanText(text).trim();
  if (!clean) return [new Paragraph({ children: [new TextRun({ text: empty, italics: true })] })];
  return clean.split("\n").map((line) => new Paragraph({ text: line }));
}

function summaryBox(title: string, text: string, empty: string): Paragraph[] {
  const clean = cleanText(text).trim();
  const box = {
    shading: { type: ShadingType.CLEAR, color: "auto", fill: "E8F0F9" },
    border: { top: BOX_BORDER, bottom: BOX_BORDER, left: BOX_BORDER, right: BOX_BORDER },
  };
  const lines = clean
    ? clean.split("\n").map((line) => new Paragraph({ ...box, text: line }))
    : [
        new Paragraph({
          ...box,
          children: [new TextRun({ text: cleanText(empty), italics: true })],
        }),
      ];
  return [
    new Paragraph({
      ...box,
      keepNext: true,
      children: [new TextRun({ text: cleanText(title), bold: true })],
    }),
    ...lines,
    new Paragraph({ text: "" }),
  ];
}

function cell(c: TextCell, head: boolean, widthPct: number): TableCell {
  const v = typeof c === "string" ? { text: c } : c;
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: head ? { type: ShadingType.CLEAR, color: "auto", fill: HEAD_FILL } : undefined,
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: cleanText(v.text)
      .split("\n")
      .map(
        (line) =>
          new Paragraph({
            alignment: v.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text: line, bold: head || !!v.bold })],
          }),
      ),
  });
}

/** A full-width table; with `header` its first row repeats on every page. */
function table(rows: TextCell[][], widthsPct: number[], header: boolean): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          cantSplit: true,
          children: row.map((c, i) => cell(c, header && r === 0, widthsPct[i] ?? 10)),
        }),
    ),
  });
}

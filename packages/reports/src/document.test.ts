import { parseOfficeAsync } from "officeparser";
import { describe, expect, it } from "vitest";
import type { DocumentSpec } from "./document";
import { documentDocx } from "./docx";
import { documentPdf } from "./pdf/blocks";
import { unzip } from "./testing";

const textOf = async (bytes: Buffer) =>
  (await parseOfficeAsync(bytes, { outputErrorToConsole: false })).replace(/\s+/g, " ");

const spec = (long = ""): DocumentSpec => ({
  info: { title: "Plan – Kraków", author: "Kraków", subject: "A plan" },
  header: "HEAD · Plan · Małopolska",
  footer: "Plan · Draft",
  blocks: [
    {
      kind: "title",
      kicker: "Interreg Europe · HEAD",
      title: "Action plan",
      subtitle: "Plan działań ř Ω",
      byline: "Województwo Małopolskie",
      edition: "Status: Draft",
    },
    { kind: "heading", text: "Part I", level: 1 },
    {
      kind: "table",
      rows: [[{ text: "Country", bold: true }, "Poland"]],
      widths: [35, 65],
      header: false,
    },
    { kind: "paragraphs", text: "First line\r\nSecond\tline\u0007" },
    { kind: "summary", label: "English summary", text: long, empty: "No summary yet." },
    { kind: "label", text: "Aims:" },
    {
      kind: "checkboxes",
      items: [
        { label: "Growth", checked: true },
        { label: "Other", checked: false },
      ],
    },
    { kind: "heading", text: "Part II", level: 1, newPage: true },
    { kind: "heading", text: "Action 1", level: 2, keepSpace: 160 },
    { kind: "note", text: "A hint" },
    { kind: "bullets", items: ["Good practice: one", "Learning event: two"] },
    { kind: "heading", text: "Costs", level: 3 },
    {
      kind: "table",
      rows: [
        ["Item", { text: "Amount", align: "right" }],
        ["Total", { text: "EUR 1.00", align: "right" }],
      ],
      widths: [70, 30],
      header: true,
    },
    { kind: "paragraphs", text: "", empty: "Nothing yet." },
    { kind: "signature", statement: "Endorsed by Kraków.", fields: ["Date", "Name"] },
  ],
});

describe("a document of blocks", () => {
  it("prints as a PDF in DejaVu with bookmarks, furniture and every block", async () => {
    const pdf = await documentPdf(spec());
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).not.toContain("/Helvetica");
    expect(raw).toContain("/Outlines");
    const text = await textOf(pdf);
    const inOrder = [
      "INTERREG EUROPE · HEAD",
      "Plan działań ř Ω",
      "Part I",
      "Country Poland",
      "First line Second line",
      "No summary yet.",
      "☒ Growth",
      "☐ Other",
      "Part II",
      "Action 1",
      "Good practice: one",
      "EUR 1.00",
      "Nothing yet.",
      "Endorsed by Kraków.",
      "Date",
    ];
    let at = -1;
    for (const phrase of inOrder) {
      const next = text.indexOf(phrase, at + 1);
      expect(next, phrase).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain("Page 2 of 2");
    expect(text).toContain("HEAD · Plan · Małopolska");
  });

  it("continues a long summary box on the next page instead of cutting it", async () => {
    const text = await textOf(
      await documentPdf(spec(`${"A long line with ł ř Ω. ".repeat(500)}The end.`)),
    );
    expect(text).toContain("The end.");
    expect(text).toMatch(/Page 1 of [4-9]/);
  });

  it("writes a Word file with real headings, tables and page numbers", async () => {
    const docx = await documentDocx(spec());
    const text = await textOf(docx);
    for (const phrase of ["Plan działań ř Ω", "☒ Growth", "Endorsed by Kraków.", "No summary yet."])
      expect(text).toContain(phrase);
    const xml = unzip(docx).get("word/document.xml")?.toString() ?? "";
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("Second\tline");
    expect(xml).not.toContain("\u0007");
    expect(unzip(docx).get("word/footer1.xml")?.toString()).toContain("NUMPAGES");
  });
});

/**
 * @consortia/reports: the export writers. Data in, bytes or a stream out; no database, no
 * knowledge of any domain. See ../README.md.
 */
export { type CsvOptions, csvBuffer, csvCell, writeCsv } from "./csv";
export {
  type Block,
  type Checkbox,
  checkboxLine,
  type DocumentSpec,
  type TextCell,
} from "./document";
export { documentDocx } from "./docx";
export { jsonRows, writeJson } from "./json";
export { cleanText, neutralise, xmlSafe } from "./neutralise";
export { documentPdf } from "./pdf/blocks";
export { type Bar, type BarLegend, barChart } from "./pdf/chart";
export { type Contents, type Cover, coverPage, tableOfContents } from "./pdf/cover";
export {
  COLOUR,
  type Doc as PdfDocument,
  type DocumentInfo,
  FONT,
  keepSpace,
  newDocument,
  pageFurniture,
  pdfText,
  toBuffer,
} from "./pdf/kit";
export { type DayFormat, dataTable, pdfCell } from "./pdf/table";
export { body, bullets, heading, label, note, summaryBox } from "./pdf/text";
export { readCsvRows, readDelimited, readXlsxRows, type SheetRows } from "./read";
export {
  assertOpen,
  close,
  closedEarly,
  collect,
  DownloadClosed,
  type Progress,
  write,
} from "./streams";
export {
  type Cell,
  type CellStyle,
  type Column,
  type ColumnKind,
  dayCell,
  instantCell,
  type Table,
  type TableColumn,
  type TableRow,
  tableOf,
  totalRows,
} from "./table";
export {
  DATE_FORMAT,
  EUR_FORMAT,
  type ExtraRow,
  type Formula,
  INSTANT_FORMAT,
  type Sheet,
  type WorkbookInfo,
  writeXlsx,
  xlsxBuffer,
} from "./xlsx";
export { writeZip, type ZipEntry } from "./zip";

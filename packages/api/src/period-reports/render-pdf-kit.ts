import { COLOUR as BASE } from "../policy-export/pdf-layout";

/**
 * The period report's PDF builds on the action-plan PDF's page furniture (DejaVu fonts,
 * headings, paragraphs, running header and "Page n of m" footer); this adds its colours and
 * the short date style of tables.
 */
export {
  body,
  FONT,
  heading,
  keepSpace,
  newDocument,
  note,
  pageFurniture,
  pdfText,
} from "../policy-export/pdf-layout";
export { formatDate } from "../policy-export/template";

export const COLOUR = {
  ...BASE,
  zebra: "#f4f7fb",
  previously: "#1f3864",
  thisPeriod: "#5b9bd5",
  target: "#e3e8ef",
  over: "#2e7d32",
} as const;

/** "15 Jul 2026": a day in a table cell. */
export { dayShort as formatDateShort } from "../shared/dates";

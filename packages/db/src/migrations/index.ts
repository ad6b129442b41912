import type { Migration } from "kysely";
import * as m0001 from "./0001-foundation";
import * as m0002 from "./0002-documents";

/** The explicit, ordered list of migrations. Append only; never reorder or edit a shipped one. */
export const migrations: Record<string, Migration> = {
  "0001-foundation": m0001,
  "0002-documents": m0002,
};

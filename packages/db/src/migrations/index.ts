import type { Migration } from "kysely";
import * as m0001 from "./0001-foundation";
import * as m0002 from "./0002-documents";
import * as m0003 from "./0003-learning";
import * as m0004 from "./0004-workplan";
import * as m0005 from "./0005-notifications";
import * as m0006 from "./0006-policy";
import * as m0007 from "./0007-desk";
import * as m0008 from "./0008-indicators";
import * as m0009 from "./0009-progress-reports";
import * as m0010 from "./0010-period-reports";
import * as m0011 from "./0011-blob-chunk-hashes";
import * as m0012 from "./0012-upload-reservations";
import * as m0013 from "./0013-indicator-targets";
import * as m0014 from "./0014-plan-finalise-override";
import * as m0015 from "./0015-participant-guest-email";
import * as m0016 from "./0016-document-search-recent";
import * as m0017 from "./0017-finance";
import * as m0018 from "./0018-control";
import * as m0020 from "./0020-payments";
import * as m0021 from "./0021-budget-changes";

/** The explicit, ordered list of migrations. Append only; never reorder or edit a shipped one. */
export const migrations: Record<string, Migration> = {
  "0001-foundation": m0001,
  "0002-documents": m0002,
  "0003-learning": m0003,
  "0004-workplan": m0004,
  "0005-notifications": m0005,
  "0006-policy": m0006,
  "0007-desk": m0007,
  "0008-indicators": m0008,
  "0009-progress-reports": m0009,
  "0010-period-reports": m0010,
  "0011-blob-chunk-hashes": m0011,
  "0012-upload-reservations": m0012,
  "0013-indicator-targets": m0013,
  "0014-plan-finalise-override": m0014,
  "0015-participant-guest-email": m0015,
  "0016-document-search-recent": m0016,
  "0017-finance": m0017,
  "0018-control": m0018,
  "0020-payments": m0020,
  "0021-budget-changes": m0021,
};

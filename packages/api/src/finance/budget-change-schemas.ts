import { z } from "zod";
import { isoDate, recordNumber } from "../shared/fields";
import { baseVersion } from "./budget-schemas";

// Client-safe field rules of a budget change: reading a version, approving the draft change.

export const versionNumberFields = { number: recordNumber };

export const approveChangeFields = {
  version: baseVersion,
  inForceFrom: isoDate,
  note: z.string("Say why the budget changes").max(5000, "At most 5000 characters"),
};

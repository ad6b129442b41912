import { z } from "zod";

/**
 * Field rules every room's input schemas share (client-safe: forms import them too).
 */

/**
 * The largest number a PostgreSQL integer column holds: a larger one is a field error, never a
 * database error (a 500).
 */
export const INT_MAX = 2_147_483_647;

/** A stored record's number (a document version, a plan snapshot, a list cursor): 1 upwards. */
export const recordNumber = z
  .number("Give a number")
  .int("Give a whole number")
  .min(1, "Numbers start at 1")
  .max(INT_MAX, "That number is too large");

/** The version a client read: a save based on an older one is a CONFLICT, never an overwrite. */
export const version = recordNumber;

/** A reporting period's number (a project has at most 40). */
export const periodNumber = z
  .number("Choose a reporting period")
  .int("Choose a reporting period")
  .min(1, "Reporting periods are numbered from 1")
  .max(40, "Choose a reporting period of the project");

/** A calendar day, "YYYY-MM-DD". */
export const isoDate = z.iso.date({ error: "Use a date like 2026-05-31" });

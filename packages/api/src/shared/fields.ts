import { z } from "zod";

/**
 * Field rules every room's input schemas share (client-safe: forms import them too).
 */

/** The version a client read: a save based on an older one is a CONFLICT, never an overwrite. */
export const version = z.number().int().positive();

/** A calendar day, "YYYY-MM-DD". */
export const isoDate = z.iso.date({ error: "Use a date like 2026-05-31" });

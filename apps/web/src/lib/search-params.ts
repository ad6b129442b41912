import { z } from "zod";

/** What Next passes a page as `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of a repeated parameter, trimmed; an empty one counts as not given. */
function first(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/**
 * A parameter checked by `schema`. A malformed value is dropped rather than failing the
 * page: an old bookmark or a hand-edited address still opens, just without that filter.
 */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(first, schema.optional()).catch(undefined);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const id = z.guid();

/** A calendar day as the date inputs send it, e.g. 2026-05-31. */
export const isDay = (v: string) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
/** A record id (any UUID shape, as the database hands them out). */
export const isId = (v: string) => id.safeParse(v).success;

/** The parameter kinds the app's addresses use. */
export const param = {
  id: () => optional(id),
  day: () => optional(z.string().refine(isDay)),
  month: () => optional(z.string().regex(/^\d{4}-\d{2}$/)),
  int: (min: number, max: number) => optional(z.coerce.number().int().min(min).max(max)),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => optional(z.enum(values)),
  /** One of a set of numbers, e.g. a page size. */
  intIn: (values: readonly number[]) =>
    optional(z.coerce.number().refine((n) => values.includes(n))),
  /** A value that passes `keep`, e.g. a key of a labels table. */
  where: <T extends string>(keep: (v: string) => v is T) =>
    optional(z.custom<T>((v) => typeof v === "string" && keep(v))),
  /**
   * Free text, lower-cased where matching ignores case. Longer than `max` it is cut, or
   * dropped where a cut value would mean something else (a tag).
   */
  text: (max: number, opts: { lower?: boolean; tooLong?: "cut" | "drop" } = {}) =>
    optional(
      z
        .string()
        .transform((s) => (opts.lower ? s.toLowerCase() : s))
        .refine((s) => opts.tooLong !== "drop" || s.length <= max)
        .transform((s) => s.slice(0, max)),
    ),
  /** What the person typed, as typed: the page checks it and says what is wrong. */
  raw: () => optional(z.string()),
  /** A comma-separated list; unknown items are left out, and an empty list is no filter. */
  list: <T extends string>(keep: (item: string) => item is T) =>
    optional(
      z
        .string()
        .transform((s) => s.split(",").filter(keep))
        .refine((items) => items.length > 0),
    ),
};

/** Reads an address's parameters against `shape`; every field is optional and forgiving. */
export function readSearchParams<S extends z.ZodRawShape>(shape: S, raw: RawSearchParams) {
  return z.object(shape).parse(raw);
}

/** One parameter read on its own, e.g. a period number in the path. */
export function readParam<T extends z.ZodType>(
  kind: T,
  raw: string | string[] | undefined,
): z.output<T> {
  return kind.parse(raw);
}

/** `path` with the given parameters; empty, false and undefined ones are left out. */
export function hrefWith(
  path: string,
  query: Record<string, string | number | boolean | null | undefined>,
): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== "" && value !== false)
      qs.set(key, String(value));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

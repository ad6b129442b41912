/**
 * The one error model of the API (STYLE.md item 4). Services throw DomainError; the base
 * procedure maps it to a tRPC code, and route handlers map it to an HTTP status.
 */
export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "INSUFFICIENT_STORAGE";

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INSUFFICIENT_STORAGE: 507,
};

/** tRPC has no code for 507; a full quota reaches tRPC callers as PAYLOAD_TOO_LARGE. */
export const TRPC_CODE = {
  ...Object.fromEntries(Object.keys(HTTP_STATUS).map((k) => [k, k])),
  INSUFFICIENT_STORAGE: "PAYLOAD_TOO_LARGE",
} as Record<DomainErrorCode, Exclude<DomainErrorCode, "INSUFFICIENT_STORAGE">>;

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const forbidden = (why = "You do not have permission to do this") =>
  new DomainError("FORBIDDEN", why);
export const conflict = (why: string) => new DomainError("CONFLICT", why);
export const invalid = (message: string, fieldErrors?: FieldErrors) =>
  new DomainError("BAD_REQUEST", message, fieldErrors);
/** A save based on an old copy of the record. */
export const staleVersion = (what: string) =>
  new DomainError(
    "CONFLICT",
    `${what} was changed by someone else since you opened it. Reload to see their changes; your text is kept in the form.`,
  );

/** A field-level conflict: the value is taken by another record. */
export const taken = (field: string, message: string) =>
  new DomainError("CONFLICT", message, { [field]: [message] });

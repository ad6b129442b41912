import { TRPCClientError } from "@trpc/client";

export type FieldErrors = Record<string, string[] | undefined>;

/** Message and per-field errors from a failed API call, ready for a form. */
export function describeError(err: unknown): {
  message: string;
  fieldErrors: FieldErrors;
  code: string | null;
} {
  if (err instanceof TRPCClientError) {
    const data = err.data as { code?: string; fieldErrors?: FieldErrors | null } | undefined;
    return { message: err.message, fieldErrors: data?.fieldErrors ?? {}, code: data?.code ?? null };
  }
  return {
    message: "Something went wrong. Check your connection and try again.",
    fieldErrors: {},
    code: null,
  };
}

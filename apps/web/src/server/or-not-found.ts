import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/**
 * Runs an API read for a page and answers 404 for what the caller may not see: an unknown or
 * invisible id (NOT_FOUND), a malformed id (BAD_REQUEST) and, where asked, a missing role.
 */
export async function orNotFound<T>(read: Promise<T>, opts: { forbidden?: boolean } = {}) {
  try {
    return await read;
  } catch (err) {
    if (
      err instanceof TRPCError &&
      (err.code === "NOT_FOUND" ||
        err.code === "BAD_REQUEST" ||
        (opts.forbidden && err.code === "FORBIDDEN"))
    )
      notFound();
    throw err;
  }
}

import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { type RequestContext, sessionActor } from "./context";
import { DomainError, TRPC_CODE } from "./errors";
import { logger } from "./logger";
import { uniqueConflict } from "./shared/db-errors";
import { type ProjectAccess, resolveSessionProjectAccess } from "./shared/project-access";
import {
  EDITOR_ROLES,
  LEAD_ROLES,
  READ_ROLES,
  type Role,
  STAFF_ROLES,
  VALIDATOR_ROLES,
} from "./shared/roles";
import { assertStorableText } from "./shared/text";

const t = initTRPC.context<RequestContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    if (error.code === "INTERNAL_SERVER_ERROR") {
      logger.error({ err: cause ?? error, requestId: ctx?.requestId }, "unexpected error");
      return {
        ...shape,
        message: `Something went wrong on our side. Reference: ${ctx?.requestId ?? "unknown"}`,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors: null },
      };
    }
    const fieldErrors =
      cause instanceof z.ZodError
        ? z.flattenError(cause).fieldErrors
        : cause instanceof DomainError
          ? (cause.fieldErrors ?? null)
          : null;
    const message = cause instanceof z.ZodError ? "Some fields need attention" : shape.message;
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Services throw DomainError; this is the one place it becomes a tRPC error code. A unique
 * violation no service mapped (a concurrent save won the race) is a conflict, never a 500.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const domain = cause instanceof DomainError ? cause : uniqueConflict(cause);
  if (!domain) return result;
  return {
    ...result,
    error: new TRPCError({ code: TRPC_CODE[domain.code], message: domain.message, cause: domain }),
  };
});

/** Text that cannot be stored (NUL, lone surrogates) is a field error in any input. */
const storableInput = t.middleware(async ({ getRawInput, next }) => {
  assertStorableText(await getRawInput());
  return next();
});

const baseProcedure = t.procedure.use(domainErrors).use(storableInput);

/** The request's actor (or null), read once per request; project procedures read it themselves. */
export const publicProcedure = baseProcedure.use(async ({ ctx, next }) =>
  next({ ctx: { actor: await sessionActor(ctx) } }),
);

const signInFirst = () => new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw signInFirst();
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.actor.isAdmin)
    throw new TRPCError({ code: "FORBIDDEN", message: "Platform administrators only" });
  return next();
});

export type { ProjectAccess, Role };

const projectIdOnly = z.object({ projectId: z.uuid() });

/**
 * Every procedure on a project's data is built from this: the caller's session and membership
 * are read on every call, in one statement (see resolveSessionProjectAccess). No session →
 * UNAUTHORIZED; not a member → NOT_FOUND; wrong role → FORBIDDEN.
 */
export function projectProcedure(roles: readonly Role[]) {
  return baseProcedure.use(async ({ ctx, next, getRawInput }) => {
    const parsed = projectIdOnly.safeParse(await getRawInput());
    if (!parsed.success) {
      if (!(await sessionActor(ctx))) throw signInFirst();
      throw new TRPCError({ code: "BAD_REQUEST", message: "A valid projectId is required" });
    }
    const { actor, access } = await resolveSessionProjectAccess(ctx, parsed.data.projectId, roles);
    if (!actor || !access) throw signInFirst();
    return next({ ctx: { actor, access } });
  });
}

/** Input of a project procedure: a strict object that always carries the projectId. */
export function projectInput<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ projectId: z.uuid(), ...shape });
}

/**
 * The procedures of each role set (shared/roles.ts): who may call at all. Services then check
 * the record (its partner, its status) with the same rules.
 */
export const readProcedure = projectProcedure(READ_ROLES);
export const staffProcedure = projectProcedure(STAFF_ROLES);
export const editorProcedure = projectProcedure(EDITOR_ROLES);
export const leadProcedure = projectProcedure(LEAD_ROLES);
export const validatorProcedure = projectProcedure(VALIDATOR_ROLES);

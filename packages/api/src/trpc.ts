import type { ProjectRole } from "@consortia/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import type { Context } from "./context";
import { DomainError, TRPC_CODE } from "./errors";
import { logger } from "./logger";

const t = initTRPC.context<Context>().create({
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

/** Services throw DomainError; this is the one place it becomes a tRPC error code. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    return {
      ...result,
      error: new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause }),
    };
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.actor.isAdmin)
    throw new TRPCError({ code: "FORBIDDEN", message: "Platform administrators only" });
  return next();
});

/** `admin` is the platform role; the others are held per project. */
export type Role = ProjectRole | "admin";
export const ALL_PROJECT_ROLES: readonly Role[] = [
  "admin",
  "lead_coordinator",
  "partner_editor",
  "partner_viewer",
  "observer",
];

export type ProjectAccess = {
  projectId: string;
  /** The caller's membership role, or null for a platform admin who is not a member. */
  role: ProjectRole | null;
  isAdmin: boolean;
  /** The partner the caller works for in this project (null for observers and admins). */
  partnerId: string | null;
  /** Lead coordinators and admins manage the whole project. */
  isLead: boolean;
};

const projectIdOnly = z.object({ projectId: z.uuid() });

/**
 * Every procedure on a project's data is built from this. The caller's membership is read
 * from the database on every call, so a changed role or a deactivation counts at once.
 * Not a member → NOT_FOUND (the project is not theirs to see); wrong role → FORBIDDEN.
 */
export function projectProcedure(roles: readonly Role[]) {
  return authedProcedure.use(async ({ ctx, next, getRawInput }) => {
    const parsed = projectIdOnly.safeParse(await getRawInput());
    if (!parsed.success)
      throw new TRPCError({ code: "BAD_REQUEST", message: "A valid projectId is required" });
    const { projectId } = parsed.data;
    const membership = await ctx.db
      .selectFrom("projects")
      .leftJoin("memberships", (j) =>
        j
          .onRef("memberships.project_id", "=", "projects.id")
          .on("memberships.user_id", "=", ctx.actor.userId)
          .on("memberships.is_active", "=", true),
      )
      .where("projects.id", "=", projectId)
      .select(["memberships.role", "memberships.partner_id"])
      .executeTakeFirst();
    const role = membership?.role ?? null;
    if (!membership || (!role && !ctx.actor.isAdmin)) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Project not found" });
    }
    const held: Role[] = [
      ...(role ? [role] : []),
      ...(ctx.actor.isAdmin ? (["admin"] as const) : []),
    ];
    if (!held.some((r) => roles.includes(r))) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Your role in this project does not allow this",
      });
    }
    const access: ProjectAccess = {
      projectId,
      role,
      isAdmin: ctx.actor.isAdmin,
      partnerId: membership.partner_id ?? null,
      isLead: ctx.actor.isAdmin || role === "lead_coordinator",
    };
    return next({ ctx: { ...ctx, access } });
  });
}

/** Input of a project procedure: a strict object that always carries the projectId. */
export function projectInput<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ projectId: z.uuid(), ...shape });
}

export const READ_ROLES = ALL_PROJECT_ROLES;
export const STAFF_ROLES: readonly Role[] = [
  "admin",
  "lead_coordinator",
  "partner_editor",
  "partner_viewer",
];
export const LEAD_ROLES: readonly Role[] = ["admin", "lead_coordinator"];

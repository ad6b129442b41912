import type { Actor } from "@consortia/auth";
import type { Context } from "../context";
import type { ProjectAccess } from "../trpc";

/** What a service receives from an authenticated procedure. */
export type AuthedCtx = Context & { actor: Actor };
/** What a service receives from a project procedure. */
export type ProjectCtx = AuthedCtx & { access: ProjectAccess };

import { type AuditInput, recordAudit } from "../audit";
import type { Context } from "../context";
import { errorResponse, type FileBody, type FileHead, fileResponse, projectCtx } from "./http-kit";
import type { ProjectCtx } from "./service-context";
import { assertStorableText } from "./text";

/** What an export records in the audit log (the project and actor are filled in). */
export type ExportAudit = {
  entity: string;
  entityId: string | null;
  summary: string;
  data?: Record<string, unknown>;
};

/**
 * One export or file route, step by step: the caller (`access`), the query (`parse`, which
 * throws a zod or domain error for a bad one), the records (`load`), the bytes (`render`),
 * the audit entry, the answer. Any step's error becomes the kit's error answer.
 */
export type ExportSpec<A, Q, M> = {
  access: (ctx: Context) => Promise<A>;
  parse: (params: URLSearchParams, caller: A) => Q;
  load: (caller: A, query: Q) => Promise<M>;
  render: (model: M, query: Q) => FileBody | Promise<FileBody>;
  head: (model: M, query: Q) => FileHead;
  /** The audit entry of the export (project exports always write one). */
  audit?: (caller: A, model: M, query: Q) => AuditInput;
};

export async function exportRoute<A, Q, M>(
  ctx: Context,
  req: Request | URLSearchParams,
  spec: ExportSpec<A, Q, M>,
): Promise<Response> {
  try {
    const caller = await spec.access(ctx);
    const params = req instanceof URLSearchParams ? req : new URL(req.url).searchParams;
    assertStorableText(Object.fromEntries(params));
    const query = spec.parse(params, caller);
    const model = await spec.load(caller, query);
    const body = await spec.render(model, query);
    const entry = spec.audit?.(caller, model, query);
    if (entry) await recordAudit(ctx.db, entry);
    return fileResponse(ctx, body, spec.head(model, query));
  } catch (err) {
    return errorResponse(ctx, err);
  }
}

/** The `access` step of a project export: a member with one of these roles (default all). */
export const inProject =
  (projectId: string, roles?: Parameters<typeof projectCtx>[2]) => (ctx: Context) =>
    projectCtx(ctx, projectId, roles);

/** A project export's audit entry: "export" by the caller, in the caller's project. */
export const exportAudit = (caller: ProjectCtx, entry: ExportAudit): AuditInput => ({
  projectId: caller.access.projectId,
  actorId: caller.actor.userId,
  action: "export",
  ...entry,
});

import { sql } from "kysely";
import { conflict, forbidden, notFound, taken } from "../errors";
import { orTaken } from "../shared/db-errors";
import { isEditor } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";

/** Editors create and rename folders; only lead coordinators delete them (with their content). */
export const folderCan = (ctx: ProjectCtx) => ({
  rename: isEditor(ctx.access),
  delete: ctx.access.isLead,
});

export type FolderCrumb = { id: string; name: string };

/** The folder and its ancestors, root first; NOT_FOUND when it is not in this project. */
export async function folderPath(ctx: ProjectCtx, folderId: string): Promise<FolderCrumb[]> {
  const rows = await sql<FolderCrumb & { depth: number }>`
    with recursive up as (
      select id, parent_id, name, 0 as depth from folders
      where id = ${folderId} and project_id = ${ctx.access.projectId} and deleted_at is null
      union all
      select f.id, f.parent_id, f.name, up.depth + 1 from folders f join up on f.id = up.parent_id
      where up.depth < 64
    )
    select id, name, depth from up order by depth desc`.execute(ctx.db);
  if (rows.rows.length === 0) throw notFound("Folder");
  return rows.rows.map(({ id, name }) => ({ id, name }));
}

/** Every folder of the project, for the tree and the "move to" picker. */
export async function listFolders(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("folders")
    .select(["id", "parent_id as parentId", "name", "version"])
    .where("project_id", "=", ctx.access.projectId)
    .where("deleted_at", "is", null)
    .orderBy("name")
    .execute();
}

async function assertNameFree(
  ctx: ProjectCtx,
  parentId: string | null,
  name: string,
  exceptId?: string,
) {
  let q = ctx.db
    .selectFrom("folders")
    .select("id")
    .where("project_id", "=", ctx.access.projectId)
    .where("deleted_at", "is", null)
    .where(sql`lower(name)`, "=", name.toLowerCase());
  q = parentId ? q.where("parent_id", "=", parentId) : q.where("parent_id", "is", null);
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw folderTaken(name);
}

const folderTaken = (name: string) => taken("name", `A folder named ${name} already exists here`);

export async function createFolder(
  ctx: ProjectCtx,
  input: { parentId: string | null; name: string },
) {
  if (!isEditor(ctx.access)) throw forbidden("Only editors can create folders");
  if (input.parentId) await folderPath(ctx, input.parentId);
  await assertNameFree(ctx, input.parentId, input.name);
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      const folder = await trx
        .insertInto("folders")
        .values({
          project_id: ctx.access.projectId,
          parent_id: input.parentId,
          name: input.name,
          created_by: ctx.actor.userId,
        })
        .returning(["id", "name", "version"])
        .executeTakeFirstOrThrow();
      await auditChange(trx, ctx, {
        entity: "folder",
        entityId: folder.id,
        action: "create",
        summary: `Created folder ${folder.name}`,
      });
      return folder;
    });
  return orTaken(write, () => folderTaken(input.name));
}

export async function renameFolder(
  ctx: ProjectCtx,
  input: { folderId: string; name: string; version: number },
) {
  if (!isEditor(ctx.access)) throw forbidden("Only editors can rename folders");
  const current = await ctx.db
    .selectFrom("folders")
    .select(["id", "parent_id", "name", "version"])
    .where("id", "=", input.folderId)
    .where("project_id", "=", ctx.access.projectId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!current) throw notFound("Folder");
  await assertNameFree(ctx, current.parent_id, input.name, current.id);
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      const row = await updateVersioned(
        trx,
        "folders",
        { id: current.id, version: input.version, label: "This folder" },
        { name: input.name, updated_at: new Date() },
        ["id", "name", "version"],
      );
      await auditChange(trx, ctx, {
        entity: "folder",
        entityId: row.id,
        action: "rename",
        summary: `Renamed folder ${current.name} to ${row.name}`,
      });
      return row;
    });
  return orTaken(write, () => folderTaken(input.name));
}

/** Only an empty folder can go: documents are never removed as a side effect. */
export async function deleteFolder(ctx: ProjectCtx, input: { folderId: string }) {
  if (!ctx.access.isLead) throw forbidden("Only lead coordinators can delete folders");
  const [folder] = await folderPath(ctx, input.folderId).then((p) => p.slice(-1));
  return ctx.db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom("folders")
      .select("id")
      .where("parent_id", "=", input.folderId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    const doc = await trx
      .selectFrom("documents")
      .select("id")
      .where("folder_id", "=", input.folderId)
      .executeTakeFirst();
    if (child || doc)
      throw conflict("Only an empty folder can be deleted. Move its contents first.");
    await trx
      .updateTable("folders")
      .set({ deleted_at: new Date() })
      .where("id", "=", input.folderId)
      .execute();
    await auditChange(trx, ctx, {
      entity: "folder",
      entityId: input.folderId,
      action: "delete",
      summary: `Deleted folder ${folder?.name ?? ""}`,
    });
    return { ok: true as const };
  });
}

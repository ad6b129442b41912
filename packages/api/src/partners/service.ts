import type { PartnerRole, PartnerType } from "@consortia/db";
import { sql } from "kysely";
import { conflict, notFound, taken } from "../errors";
import { orTaken } from "../shared/db-errors";
import { PARTNER_ORDER } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { partnerRow } from "./partner-row";

export type PartnerInput = {
  name: string;
  shortName: string;
  country: string;
  nutsCode: string;
  regionName: string;
  city: string;
  type: PartnerType;
  role: PartnerRole;
  website: string | null;
  contactName: string | null;
  contactEmail: string | null;
};

/** What every read of a partner returns (camelCase, no internal columns). */
const PARTNER_FIELDS = [
  "id",
  "name",
  "short_name as shortName",
  "country",
  "nuts_code as nutsCode",
  "region_name as regionName",
  "city",
  "type",
  "role",
  "website",
  "contact_name as contactName",
  "contact_email as contactEmail",
  "version",
] as const;

/** Only lead coordinators change the partners directory. */
const partnerCan = (ctx: ProjectCtx) => ({ edit: ctx.access.isLead });

/** The partners directory: every region with its people, for everyone in the project. */
export async function listPartners(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const partners = await ctx.db
    .selectFrom("partners")
    .select(PARTNER_FIELDS)
    .where("project_id", "=", projectId)
    .orderBy(PARTNER_ORDER)
    .orderBy("name")
    .execute();
  const people = await ctx.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .where("memberships.project_id", "=", projectId)
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .where("memberships.partner_id", "is not", null)
    .select([
      "memberships.partner_id as partnerId",
      "memberships.role",
      "users.name",
      "users.email",
    ])
    .orderBy("users.name")
    .execute();
  const can = partnerCan(ctx);
  return partners.map((p) => ({
    ...p,
    people: people
      .filter((m) => m.partnerId === p.id)
      .map(({ role, name, email }) => ({ role, name, email })),
    can,
  }));
}

async function assertLeadRule(
  ctx: ProjectCtx,
  trx: ProjectCtx["db"],
  role: PartnerRole,
  exceptId?: string,
) {
  if (role !== "lead") return;
  let q = trx
    .selectFrom("partners")
    .select("name")
    .where("project_id", "=", ctx.access.projectId)
    .where("role", "=", "lead");
  if (exceptId) q = q.where("id", "<>", exceptId);
  const lead = await q.executeTakeFirst();
  if (lead) throw conflict(`${lead.name} is already the lead partner; a project has exactly one`);
}

async function assertNameFree(
  ctx: ProjectCtx,
  trx: ProjectCtx["db"],
  name: string,
  exceptId?: string,
) {
  let q = trx
    .selectFrom("partners")
    .select("id")
    .where("project_id", "=", ctx.access.projectId)
    .where(sql`lower(name)`, "=", name.toLowerCase());
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw nameTaken(name);
}

const nameTaken = (name: string) =>
  taken("name", `A partner named ${name} already exists in this project`);

export async function createPartner(ctx: ProjectCtx, input: PartnerInput) {
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      await assertLeadRule(ctx, trx, input.role);
      await assertNameFree(ctx, trx, input.name);
      const row = await trx
        .insertInto("partners")
        .values({ ...partnerRow(input), project_id: ctx.access.projectId })
        .returning(PARTNER_FIELDS)
        .executeTakeFirstOrThrow();
      await auditChange(trx, ctx, {
        entity: "partner",
        entityId: row.id,
        action: "create",
        summary: `Partner ${row.name} (${row.nutsCode}) added`,
      });
      return { ...row, can: partnerCan(ctx) };
    });
  return orTaken(write, () => nameTaken(input.name));
}

export async function updatePartner(
  ctx: ProjectCtx,
  input: PartnerInput & { partnerId: string; version: number },
) {
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom("partners")
        .select(["role", "version"])
        .where("id", "=", input.partnerId)
        .where("project_id", "=", ctx.access.projectId)
        .executeTakeFirst();
      if (!current) throw notFound("Partner");
      if (current.role === "lead" && input.role !== "lead") {
        throw conflict("Make another partner the lead partner first; a project has exactly one");
      }
      await assertLeadRule(ctx, trx, input.role, input.partnerId);
      await assertNameFree(ctx, trx, input.name, input.partnerId);
      const row = await updateVersioned(
        trx,
        "partners",
        {
          id: input.partnerId,
          version: input.version,
          projectId: ctx.access.projectId,
          label: "This partner",
        },
        { ...partnerRow(input), updated_at: new Date() },
        PARTNER_FIELDS,
      );
      await auditChange(trx, ctx, {
        entity: "partner",
        entityId: row.id,
        action: "update",
        summary: `Partner ${row.name} updated`,
      });
      return { ...row, can: partnerCan(ctx) };
    });
  return orTaken(write, () => nameTaken(input.name));
}

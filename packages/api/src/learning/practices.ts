import type { GoodPracticeStatus } from "@consortia/db";
import { sql } from "kysely";
import { listAttachments } from "../documents";
import { conflict, forbidden, notFound } from "../errors";
import { containing, pageOf } from "../shared/list-query";
import { assertProjectPartner } from "../shared/project-partners";
import { isEditor } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, softDelete, updateVersioned } from "../shared/versioned";
import { COUNTED_STATUSES, canEditPractice, isPracticeEditor } from "./access";
import { interestCan, interestsOf, mayRecordInterest } from "./interests";
import { practiceEvents } from "./practice-links";
import {
  loadPractice,
  type ProgrammeRow,
  practiceSummaryColumns,
  practicesQuery,
  programmeColumns,
  workflowColumns,
} from "./practice-queries";
import type { PracticeFields } from "./practice-schemas";
import { STATUS_LABELS } from "./practice-transitions";
import { practiceCan } from "./practice-workflow";

export type PracticeInput = PracticeFields & { ownerPartnerId: string; themes: string[] };

export type PracticeFilters = {
  status?: GoodPracticeStatus | undefined;
  counted?: boolean | undefined;
  ownerPartnerId?: string | undefined;
  theme?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
};

/** The register: practices the caller may see, filtered, with how many partners are interested. */
export async function listPractices(ctx: ProjectCtx, input: PracticeFilters) {
  let q = practicesQuery(ctx);
  if (input.status) q = q.where("good_practices.status", "=", input.status);
  if (input.counted) q = q.where("good_practices.status", "in", COUNTED_STATUSES);
  if (input.ownerPartnerId)
    q = q.where("good_practices.owner_partner_id", "=", input.ownerPartnerId);
  if (input.theme) q = q.where(sql<boolean>`${input.theme} = any(good_practices.themes)`);
  if (input.q) q = q.where("good_practices.title", "ilike", containing(input.q));
  const { rows, ...page } = await pageOf(q, input, (q) =>
    q
      .select([
        ...practiceSummaryColumns,
        "good_practices.summary",
        (eb) =>
          eb
            .selectFrom("good_practice_interests as i")
            .select((e) => e.fn.countAll<number>().as("n"))
            .whereRef("i.good_practice_id", "=", "good_practices.id")
            .as("interestCount"),
      ])
      .orderBy("good_practices.updated_at", "desc")
      .orderBy("good_practices.id"),
  );
  return {
    practices: rows.map((p) => ({
      ...p,
      interestCount: Number(p.interestCount ?? 0),
      can: practiceCan(ctx, practiceOwnership(p)),
    })),
    ...page,
  };
}

const practiceOwnership = (p: {
  status: GoodPracticeStatus;
  ownerPartnerId: string;
  createdBy: string | null;
}) => ({ status: p.status, owner_partner_id: p.ownerPartnerId, created_by: p.createdBy });

/** One practice: the programme's fields, its workflow (who and when), events, interests, evidence. */
export async function getPractice(ctx: ProjectCtx, input: { goodPracticeId: string }) {
  const p = await practicesQuery(ctx)
    .select([...practiceSummaryColumns, ...programmeColumns, ...workflowColumns])
    .where("good_practices.id", "=", input.goodPracticeId)
    .executeTakeFirst();
  if (!p) throw notFound("Good practice");
  const people = [
    p.createdBy,
    p.submittedBy,
    p.approvedBy,
    p.returnedBy,
    p.validatedBy,
    p.publishedBy,
  ];
  const ids = [...new Set(people.filter((id): id is string => !!id))];
  const [users, events, interests, attachments] = await Promise.all([
    ids.length
      ? ctx.db.selectFrom("users").select(["id", "name"]).where("id", "in", ids).execute()
      : Promise.resolve([]),
    practiceEvents(ctx, p.id),
    interestsOf(ctx.db, p.id),
    listAttachments(ctx, "good_practice", [p.id]),
  ]);
  const nameOf = (id: string | null) => users.find((u) => u.id === id)?.name ?? null;
  const ownership = practiceOwnership(p);
  return {
    ...p,
    statusLabel: STATUS_LABELS[p.status],
    createdByName: nameOf(p.createdBy),
    workflow: {
      submitted: { at: p.submittedAt, by: nameOf(p.submittedBy) },
      approved: { at: p.approvedAt, by: nameOf(p.approvedBy) },
      returned: { at: p.returnedAt, by: nameOf(p.returnedBy), comment: p.returnComment },
      validated: { at: p.validatedAt, by: nameOf(p.validatedBy), on: p.validatedOn },
      published: { at: p.publishedAt, by: nameOf(p.publishedBy) },
    },
    events,
    interests: interests.map((i) => ({ ...i, can: interestCan(ctx, i.partnerId) })),
    attachments: attachments[p.id] ?? [],
    can: {
      ...practiceCan(ctx, ownership),
      recordInterest: mayRecordInterest(ctx, p.ownerPartnerId, interests),
      /** An editor links events of their own practices or of events their partner hosted. */
      linkEvents: isEditor(ctx.access),
    },
  };
}

function toRow(
  input: PracticeInput,
): ProgrammeRow & { owner_partner_id: string; themes: string[] } {
  return {
    owner_partner_id: input.ownerPartnerId,
    title: input.title,
    summary: input.summary,
    location_country: input.locationCountry,
    location_region: input.locationRegion,
    location_city: input.locationCity,
    main_institution: input.mainInstitution,
    description: input.description,
    resources_needed: input.resourcesNeeded,
    timescale: input.timescale,
    evidence_of_success: input.evidenceOfSuccess,
    difficulties: input.difficulties,
    potential_for_transfer: input.potentialForTransfer,
    further_information: input.furtherInformation,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    themes: input.themes,
  };
}

const ownPartnerOnly = () =>
  forbidden("Editors describe their own partner's practices; lead coordinators any partner's");

/** A new draft, by an editor for their own partner or by a lead coordinator for any partner. */
export async function createPractice(ctx: ProjectCtx, input: PracticeInput) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await assertProjectPartner(trx, projectId, "ownerPartnerId", input.ownerPartnerId);
    if (!ctx.access.isLead && ctx.access.partnerId !== input.ownerPartnerId) throw ownPartnerOnly();
    const row = await trx
      .insertInto("good_practices")
      .values({ ...toRow(input), project_id: projectId, created_by: ctx.actor.userId })
      .returning(["id", "version", "status"])
      .executeTakeFirstOrThrow();
    await auditChange(trx, ctx, {
      entity: "good_practice",
      entityId: row.id,
      action: "create",
      summary: `Good practice ${input.title} drafted`,
      data: { ownerPartnerId: input.ownerPartnerId },
    });
    return row;
  });
}

export async function updatePractice(
  ctx: ProjectCtx,
  input: PracticeInput & { goodPracticeId: string; version: number },
) {
  const projectId = ctx.access.projectId;
  const p = await loadPractice(ctx, input.goodPracticeId);
  if (!canEditPractice(ctx, p))
    throw forbidden(
      isPracticeEditor(ctx, p)
        ? `This good practice is ${STATUS_LABELS[p.status]}; only lead coordinators change it now`
        : "Only the author, the owning partner's editors and lead coordinators can change this",
    );
  if (input.ownerPartnerId !== p.owner_partner_id && !ctx.access.isLead) throw ownPartnerOnly();
  return ctx.db.transaction().execute(async (trx) => {
    await assertProjectPartner(trx, projectId, "ownerPartnerId", input.ownerPartnerId);
    const row = await updateVersioned(
      trx,
      "good_practices",
      { id: p.id, version: input.version, label: "This good practice" },
      { ...toRow(input), updated_at: new Date() },
      ["id", "version", "status"],
    );
    await auditChange(trx, ctx, {
      entity: "good_practice",
      entityId: p.id,
      action: "update",
      summary: `Good practice ${input.title} updated`,
    });
    return row;
  });
}

/** Drafts (and returned practices) can be deleted; anything under review must be returned first. */
export async function deletePractice(
  ctx: ProjectCtx,
  input: { goodPracticeId: string; version: number },
) {
  const p = await loadPractice(ctx, input.goodPracticeId);
  if (!isPracticeEditor(ctx, p))
    throw forbidden(
      "Only the author, the owning partner's editors and lead coordinators can delete this",
    );
  if (p.status !== "draft" && p.status !== "returned")
    throw conflict(`This good practice is ${STATUS_LABELS[p.status]}; only drafts can be deleted`);
  return ctx.db.transaction().execute((trx) =>
    softDelete(
      trx,
      ctx,
      "good_practices",
      {
        id: p.id,
        version: input.version,
        status: ["draft", "returned"],
        label: "This good practice",
      },
      { entity: "good_practice", summary: `Good practice ${p.title} deleted` },
    ),
  );
}

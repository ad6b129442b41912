import { attachDocuments, detachDocument } from "../documents";
import { forbidden } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { assertCanEditEvent, canEditPractice } from "./access";
import { loadEvent } from "./event-queries";
import { loadPractice } from "./practice-queries";

/** Agendas and materials: whoever may edit the event. */
export async function attachToEvent(
  ctx: ProjectCtx,
  input: { eventId: string; documentIds: string[] },
) {
  const event = await loadEvent(ctx, input.eventId);
  assertCanEditEvent(ctx.access, event.host_partner_id);
  return attachDocuments(ctx, {
    entity: "learning_event",
    entityId: event.id,
    documentIds: input.documentIds,
  });
}

export async function detachFromEvent(
  ctx: ProjectCtx,
  input: { eventId: string; documentId: string },
) {
  const event = await loadEvent(ctx, input.eventId);
  assertCanEditEvent(ctx.access, event.host_partner_id);
  return detachDocument(ctx, {
    entity: "learning_event",
    entityId: event.id,
    documentId: input.documentId,
  });
}

/** Evidence of success: whoever may edit the practice in its current status. */
async function editablePractice(ctx: ProjectCtx, goodPracticeId: string) {
  const p = await loadPractice(ctx, goodPracticeId);
  if (!canEditPractice(ctx, p))
    throw forbidden("Only those who may edit this good practice can change its documents");
  return p;
}

export async function attachToPractice(
  ctx: ProjectCtx,
  input: { goodPracticeId: string; documentIds: string[] },
) {
  const p = await editablePractice(ctx, input.goodPracticeId);
  return attachDocuments(ctx, {
    entity: "good_practice",
    entityId: p.id,
    documentIds: input.documentIds,
  });
}

export async function detachFromPractice(
  ctx: ProjectCtx,
  input: { goodPracticeId: string; documentId: string },
) {
  const p = await editablePractice(ctx, input.goodPracticeId);
  return detachDocument(ctx, {
    entity: "good_practice",
    entityId: p.id,
    documentId: input.documentId,
  });
}

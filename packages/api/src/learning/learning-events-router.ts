import { z } from "zod";
import { attachmentDocumentIds } from "../documents";
import { isoDate, version } from "../shared/fields";
import { editorProcedure as edit, projectInput, readProcedure as read, router } from "../trpc";
import { attachToEvent, detachFromEvent } from "./attach";
import { projectPeople } from "./event-queries";
import * as events from "./events";
import * as participants from "./participants";
import * as recommendations from "./recommendations";
import {
  checkEventFields,
  checkParticipant,
  checkRange,
  eventFields,
  eventListFilters,
  guestEmail,
  guestName,
  guestOrganisation,
  newParticipant,
  participantFields,
  recommendationStatus,
  recommendationText,
} from "./schemas";

const participantsRouter = router({
  add: edit
    .input(projectInput({ eventId: z.uuid(), ...newParticipant }).superRefine(checkParticipant))
    .mutation(({ ctx, input }) => participants.addParticipant(ctx, input)),
  update: edit
    .input(
      projectInput({
        participantId: z.uuid(),
        version,
        ...participantFields,
        guestName: guestName.optional(),
        guestOrganisation: guestOrganisation.optional(),
        guestEmail: guestEmail.optional(),
      }).superRefine(checkParticipant),
    )
    .mutation(({ ctx, input }) => participants.updateParticipant(ctx, input)),
  remove: edit
    .input(projectInput({ participantId: z.uuid(), version }))
    .mutation(({ ctx, input }) => participants.removeParticipant(ctx, input)),
});

const recommendationsRouter = router({
  add: edit
    .input(projectInput({ eventId: z.uuid(), text: recommendationText }))
    .mutation(({ ctx, input }) => recommendations.addRecommendation(ctx, input)),
  update: edit
    .input(
      projectInput({
        recommendationId: z.uuid(),
        version,
        text: recommendationText,
        status: recommendationStatus,
      }),
    )
    .mutation(({ ctx, input }) => recommendations.updateRecommendation(ctx, input)),
  reorder: edit
    .input(
      projectInput({ eventId: z.uuid(), recommendationIds: z.array(z.uuid()).min(1).max(200) }),
    )
    .mutation(({ ctx, input }) => recommendations.reorderRecommendations(ctx, input)),
  remove: edit
    .input(projectInput({ recommendationId: z.uuid(), version }))
    .mutation(({ ctx, input }) => recommendations.removeRecommendation(ctx, input)),
});

const MAX_CALENDAR_DAYS = 800;

export const learningEventsRouter = router({
  list: read
    .input(projectInput(eventListFilters).superRefine(checkRange))
    .query(({ ctx, input }) => events.listEvents(ctx, input)),
  calendar: read
    .input(
      projectInput({ from: isoDate, to: isoDate })
        .superRefine(checkRange)
        .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= MAX_CALENDAR_DAYS * 86_400_000, {
          path: ["to"],
          message: `Show at most ${MAX_CALENDAR_DAYS} days at a time`,
        }),
    )
    .query(({ ctx, input }) => events.calendar(ctx, input)),
  get: read
    .input(projectInput({ eventId: z.uuid() }))
    .query(({ ctx, input }) => events.getEvent(ctx, input)),
  create: edit
    .input(projectInput(eventFields).superRefine(checkEventFields))
    .mutation(({ ctx, input }) => events.createEvent(ctx, input)),
  update: edit
    .input(
      projectInput({ ...eventFields, eventId: z.uuid(), version }).superRefine(checkEventFields),
    )
    .mutation(({ ctx, input }) => events.updateEvent(ctx, input)),
  delete: edit
    .input(projectInput({ eventId: z.uuid(), version }))
    .mutation(({ ctx, input }) => events.deleteEvent(ctx, input)),
  attachDocuments: edit
    .input(projectInput({ eventId: z.uuid(), documentIds: attachmentDocumentIds }))
    .mutation(({ ctx, input }) => attachToEvent(ctx, input)),
  detachDocument: edit
    .input(projectInput({ eventId: z.uuid(), documentId: z.uuid() }))
    .mutation(({ ctx, input }) => detachFromEvent(ctx, input)),
  /** Who can be logged as a participant from the platform. */
  people: read.input(projectInput({})).query(({ ctx }) => projectPeople(ctx)),
  participants: participantsRouter,
  recommendations: recommendationsRouter,
});

import { GOOD_PRACTICE_STATUSES } from "@consortia/db/schema";
import { z } from "zod";
import { attachmentDocumentIds } from "../documents";
import { version } from "../shared/fields";
import {
  editorProcedure as edit,
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
  validatorProcedure as validate,
} from "../trpc";
import { attachToPractice, detachFromPractice } from "./attach";
import { addInterest, removeInterest } from "./interests";
import { linkEvent, unlinkEvent } from "./practice-links";
import {
  goodPracticeTarget,
  interestNote,
  practiceFields,
  practiceListFilters,
  practiceRef,
  returnComment,
  validatedOn,
} from "./practice-schemas";
import { transition } from "./practice-workflow";
import * as practices from "./practices";
import { practiceProgress, setPracticeTarget } from "./progress";
import { exportCheck } from "./register";

const link = { goodPracticeId: z.uuid(), eventId: z.uuid() };

const interestsRouter = router({
  add: edit
    .input(
      projectInput({
        goodPracticeId: z.uuid(),
        partnerId: z.uuid().optional(),
        note: interestNote,
      }),
    )
    .mutation(({ ctx, input }) => addInterest(ctx, input)),
  remove: edit
    .input(projectInput({ interestId: z.uuid() }))
    .mutation(({ ctx, input }) => removeInterest(ctx, input)),
});

export const goodPracticesRouter = router({
  list: read
    .input(projectInput(practiceListFilters))
    .query(({ ctx, input }) => practices.listPractices(ctx, input)),
  get: read
    .input(projectInput({ goodPracticeId: z.uuid() }))
    .query(({ ctx, input }) => practices.getPractice(ctx, input)),
  create: edit
    .input(projectInput(practiceFields))
    .mutation(({ ctx, input }) => practices.createPractice(ctx, input)),
  update: edit
    .input(projectInput({ ...practiceFields, goodPracticeId: z.uuid(), version }))
    .mutation(({ ctx, input }) => practices.updatePractice(ctx, input)),
  delete: edit
    .input(projectInput(practiceRef))
    .mutation(({ ctx, input }) => practices.deletePractice(ctx, input)),
  submit: edit
    .input(projectInput(practiceRef))
    .mutation(({ ctx, input }) => transition(ctx, "submit", input)),
  approve: lead
    .input(projectInput(practiceRef))
    .mutation(({ ctx, input }) => transition(ctx, "approve", input)),
  return: lead
    .input(projectInput({ ...practiceRef, comment: returnComment }))
    .mutation(({ ctx, input }) => transition(ctx, "return", input)),
  validate: validate
    .input(projectInput({ ...practiceRef, validatedOn }))
    .mutation(({ ctx, input }) => transition(ctx, "validate", input)),
  publish: lead
    .input(projectInput(practiceRef))
    .mutation(({ ctx, input }) => transition(ctx, "publish", input)),
  linkEvent: edit.input(projectInput(link)).mutation(({ ctx, input }) => linkEvent(ctx, input)),
  unlinkEvent: edit.input(projectInput(link)).mutation(({ ctx, input }) => unlinkEvent(ctx, input)),
  attachDocuments: edit
    .input(projectInput({ goodPracticeId: z.uuid(), documentIds: attachmentDocumentIds }))
    .mutation(({ ctx, input }) => attachToPractice(ctx, input)),
  detachDocument: edit
    .input(projectInput({ goodPracticeId: z.uuid(), documentId: z.uuid() }))
    .mutation(({ ctx, input }) => detachFromPractice(ctx, input)),
  interests: interestsRouter,
  progress: read.input(projectInput({})).query(({ ctx }) => practiceProgress(ctx)),
  setTarget: lead
    .input(projectInput({ target: goodPracticeTarget, version }))
    .mutation(({ ctx, input }) => setPracticeTarget(ctx, input)),
  exportCheck: read
    .input(projectInput({ status: z.array(z.enum(GOOD_PRACTICE_STATUSES)).max(6).optional() }))
    .query(({ ctx, input }) => exportCheck(ctx, input)),
});

import { CONTROLLER_ROLES } from "../shared/roles";
import {
  editorProcedure,
  leadProcedure,
  projectInput,
  projectProcedure,
  readProcedure,
  router,
} from "../trpc";
import { assignController, listAssignments, unassignController } from "./assignments";
import { finishControl, reopenControl } from "./control-finish";
import { setItemOutcome, verifyRest } from "./control-items";
import { controlCertificates, getControl, listControls } from "./control-read";
import {
  archiveErrorTypeInput,
  assignInput,
  carryInput,
  controlRef,
  errorTypeInput,
  finishInput,
  listInput,
  parkedInput,
  reopenInput,
  sampleInput,
  setItemInput,
  startInput,
  unassignInput,
} from "./control-schemas";
import { sampleControl, startControl } from "./control-start";
import { archiveErrorType, errorTypesOf, saveErrorType } from "./error-types";
import { carryItem, parkedItems } from "./parked";

/** Controllers write control work only; they are refused before any record is read. */
const controllerProcedure = projectProcedure(CONTROLLER_ROLES);

/** First-level control of the partners' financial reports (issue 19). */
export const controlRouter = router({
  assignments: readProcedure.input(projectInput({})).query(({ ctx }) => listAssignments(ctx)),
  assign: leadProcedure
    .input(projectInput(assignInput))
    .mutation(({ ctx, input }) => assignController(ctx, input)),
  unassign: leadProcedure
    .input(projectInput(unassignInput))
    .mutation(({ ctx, input }) => unassignController(ctx, input)),
  errorTypes: readProcedure
    .input(projectInput({}))
    .query(({ ctx }) => errorTypesOf(ctx.db, ctx.access.projectId)),
  saveErrorType: leadProcedure
    .input(projectInput(errorTypeInput))
    .mutation(({ ctx, input }) => saveErrorType(ctx, input)),
  archiveErrorType: leadProcedure
    .input(projectInput(archiveErrorTypeInput))
    .mutation(({ ctx, input }) => archiveErrorType(ctx, input)),
  list: readProcedure
    .input(projectInput(listInput))
    .query(({ ctx, input }) => listControls(ctx, input)),
  get: readProcedure
    .input(projectInput(controlRef))
    .query(({ ctx, input }) => getControl(ctx, input)),
  certificates: readProcedure
    .input(projectInput(controlRef))
    .query(({ ctx, input }) => controlCertificates(ctx, input)),
  start: controllerProcedure
    .input(projectInput(startInput))
    .mutation(({ ctx, input }) => startControl(ctx, input, new Date())),
  sample: controllerProcedure
    .input(projectInput(sampleInput))
    .mutation(({ ctx, input }) => sampleControl(ctx, input, new Date())),
  setItem: controllerProcedure
    .input(projectInput(setItemInput))
    .mutation(({ ctx, input }) => setItemOutcome(ctx, input, new Date())),
  verifyRest: controllerProcedure
    .input(projectInput(controlRef))
    .mutation(({ ctx, input }) => verifyRest(ctx, input, new Date())),
  finish: controllerProcedure
    .input(projectInput(finishInput))
    .mutation(({ ctx, input }) => finishControl(ctx, input, new Date())),
  reopen: controllerProcedure
    .input(projectInput(reopenInput))
    .mutation(({ ctx, input }) => reopenControl(ctx, input, new Date())),
  parkedItems: readProcedure
    .input(projectInput(parkedInput))
    .query(({ ctx, input }) => parkedItems(ctx, input)),
  carry: editorProcedure
    .input(projectInput(carryInput))
    .mutation(({ ctx, input }) => carryItem(ctx, input, new Date())),
});

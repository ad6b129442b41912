import { z } from "zod";
import { version } from "../shared/fields";
import { editorProcedure as edit, projectInput, readProcedure as read, router } from "../trpc";
import * as instruments from "./instruments";
import { instrumentFields } from "./schemas";

export const policyInstrumentsRouter = router({
  list: read.input(projectInput({})).query(({ ctx }) => instruments.listInstruments(ctx)),
  get: read
    .input(projectInput({ policyInstrumentId: z.uuid() }))
    .query(({ ctx, input }) => instruments.getInstrument(ctx, input)),
  create: edit
    .input(projectInput(instrumentFields))
    .mutation(({ ctx, input }) => instruments.createInstrument(ctx, input)),
  update: edit
    .input(projectInput({ ...instrumentFields, policyInstrumentId: z.uuid(), version }))
    .mutation(({ ctx, input }) => instruments.updateInstrument(ctx, input)),
  delete: edit
    .input(projectInput({ policyInstrumentId: z.uuid(), version }))
    .mutation(({ ctx, input }) => instruments.deleteInstrument(ctx, input)),
});

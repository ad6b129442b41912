import { z } from "zod";
import { version } from "../shared/fields";
import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import * as catalogue from "./catalogue";
import { listIndicators } from "./list";
import {
  checkIndicator,
  indicatorFields,
  indicatorValueFields,
  newIndicatorFields,
  periodNumber,
} from "./schemas";
import * as values from "./values";

// Every member reads the indicators; lead coordinators keep the catalogue and enter values.
// Services that depend on today's date take `now`; procedures pass the wall clock.
const indicatorRef = { indicatorId: z.uuid("Choose an indicator"), version };

export const indicatorsRouter = router({
  list: read.input(projectInput({})).query(({ ctx }) => listIndicators(ctx, new Date())),
  create: lead
    .input(projectInput(newIndicatorFields).superRefine(checkIndicator))
    .mutation(({ ctx, input }) => catalogue.createIndicator(ctx, input)),
  update: lead
    .input(projectInput({ ...indicatorFields, ...indicatorRef }).superRefine(checkIndicator))
    .mutation(({ ctx, input }) => catalogue.updateIndicator(ctx, input)),
  delete: lead
    .input(projectInput(indicatorRef))
    .mutation(({ ctx, input }) => catalogue.deleteIndicator(ctx, input)),
  setValue: lead
    .input(projectInput(indicatorValueFields))
    .mutation(({ ctx, input }) => values.setValue(ctx, input, new Date())),
  clearOverride: lead
    .input(projectInput({ ...indicatorRef, periodNumber }))
    .mutation(({ ctx, input }) => values.clearOverride(ctx, input)),
});

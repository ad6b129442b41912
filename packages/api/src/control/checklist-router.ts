import { z } from "zod";
import { version } from "../shared/fields";
import { CONTROLLER_ROLES, LEAD_ROLES, READ_ROLES } from "../shared/roles";
import { projectInput, projectProcedure, router } from "../trpc";
import { checklistAnswers, checklistTemplateFields } from "./checklist-schemas";
import * as templates from "./checklist-templates";
import * as use from "./checklist-use";

const read = projectProcedure(READ_ROLES);
const lead = projectProcedure(LEAD_ROLES);
/** Who reads the templates: those who write them and the controllers who use them. */
const templateReaders = projectProcedure([...LEAD_ROLES, ...CONTROLLER_ROLES]);
const controller = projectProcedure(CONTROLLER_ROLES);
const step = { controlId: z.uuid(), version };

// Checklists of first-level control (issue 19): lead coordinators keep the templates; the
// partner's controller uses one on a control; everyone who sees the control reads it.
export const controlChecklistsRouter = router({
  templates: templateReaders
    .input(projectInput({}))
    .query(({ ctx }) => templates.listTemplates(ctx)),
  template: templateReaders
    .input(projectInput({ templateId: z.uuid() }))
    .query(({ ctx, input }) => templates.getTemplate(ctx, input)),
  createTemplate: lead
    .input(projectInput(checklistTemplateFields))
    .mutation(({ ctx, input }) => templates.createTemplate(ctx, input)),
  updateTemplate: lead
    .input(projectInput({ ...checklistTemplateFields, templateId: z.uuid(), version }))
    .mutation(({ ctx, input }) => templates.updateTemplate(ctx, input)),
  archiveTemplate: lead
    .input(projectInput({ templateId: z.uuid(), version, archived: z.boolean() }))
    .mutation(({ ctx, input }) => templates.archiveTemplate(ctx, input)),

  get: read
    .input(projectInput({ controlId: z.uuid() }))
    .query(({ ctx, input }) => use.getChecklist(ctx, input)),
  choose: controller
    .input(projectInput({ ...step, templateId: z.uuid().nullable() }))
    .mutation(({ ctx, input }) => use.chooseChecklist(ctx, input)),
  saveAnswers: controller
    .input(projectInput({ ...step, answers: checklistAnswers }))
    .mutation(({ ctx, input }) => use.saveAnswers(ctx, input)),
  complete: controller
    .input(projectInput(step))
    .mutation(({ ctx, input }) => use.completeChecklist(ctx, input)),
  uncomplete: controller
    .input(projectInput(step))
    .mutation(({ ctx, input }) => use.uncompleteChecklist(ctx, input)),
});

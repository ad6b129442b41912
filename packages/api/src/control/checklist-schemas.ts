import { z } from "zod";

/**
 * Checklists of first-level control (issue 19): what a template holds, what a control keeps of
 * it, and the answers. Client-safe (the templates editor and the control's checklist form use
 * the same rules).
 */

export const CHECKLIST_LIMITS = { name: 200, sections: 50, items: 100, text: 1000 } as const;
export const CHECKLIST_ANSWERS = ["yes", "no", "na"] as const;
export type ChecklistAnswerValue = (typeof CHECKLIST_ANSWERS)[number];
export const CHECKLIST_ANSWER_LABELS: Record<ChecklistAnswerValue, string> = {
  yes: "Yes",
  no: "No",
  na: "Not applicable",
};
export const CHECKLIST_ITEM_KINDS = ["question", "text"] as const;
export const CHECKLIST_ITEM_KIND_LABELS = {
  question: "Question (yes / no / not applicable, with a comment)",
  text: "Free text",
} as const;

const itemId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "An item id is 1–40 lower-case letters, digits, - or _");

export const checklistItem = z.strictObject({
  id: itemId,
  kind: z.enum(CHECKLIST_ITEM_KINDS),
  text: z
    .string()
    .trim()
    .min(1, "Write the question or the field's label")
    .max(CHECKLIST_LIMITS.text, `At most ${CHECKLIST_LIMITS.text} characters`),
});

export const checklistSection = z.strictObject({
  heading: z
    .string()
    .trim()
    .min(1, "Give each section a heading")
    .max(CHECKLIST_LIMITS.name, `A heading has at most ${CHECKLIST_LIMITS.name} characters`),
  items: z
    .array(checklistItem)
    .min(1, "Each section needs at least one question or text field")
    .max(CHECKLIST_LIMITS.items, `A section has at most ${CHECKLIST_LIMITS.items} items`),
});

export const checklistName = z
  .string()
  .trim()
  .min(1, "Give the checklist a name")
  .max(CHECKLIST_LIMITS.name, `A name has at most ${CHECKLIST_LIMITS.name} characters`);

/** A template's content: its sections, items identified by ids unique in the whole template
 * (answers are kept by id). */
export const checklistSections = z
  .array(checklistSection)
  .min(1, "A checklist needs at least one section")
  .max(CHECKLIST_LIMITS.sections, `A checklist has at most ${CHECKLIST_LIMITS.sections} sections`)
  .superRefine((sections, ctx) => {
    const seen = new Set<string>();
    for (const [s, section] of sections.entries())
      for (const item of section.items) {
        if (seen.has(item.id))
          ctx.addIssue({
            code: "custom",
            message: `The item id “${item.id}” is used twice (again in section ${s + 1}, “${section.heading}”); each item needs its own id`,
          });
        seen.add(item.id);
      }
  });

export const checklistTemplateFields = { name: checklistName, sections: checklistSections };

export type ChecklistItem = z.infer<typeof checklistItem>;
export type ChecklistSection = z.infer<typeof checklistSection>;
export type ChecklistTemplateContent = { name: string; sections: ChecklistSection[] };

/** One answer: a question's yes / no / not applicable with a comment, or a text field's text. */
export const checklistAnswer = z.strictObject({
  answer: z.enum(CHECKLIST_ANSWERS).optional(),
  comment: z.string().trim().max(5000, "A comment has at most 5000 characters").optional(),
  text: z.string().trim().max(10_000, "A text has at most 10000 characters").optional(),
});
export type ChecklistAnswer = z.infer<typeof checklistAnswer>;

export const checklistAnswers = z
  .record(itemId, checklistAnswer)
  .refine((a) => Object.keys(a).length <= CHECKLIST_LIMITS.sections * CHECKLIST_LIMITS.items, {
    message: "Too many answers",
  });

/**
 * `controls.checklist`: the template as it was when the controller chose it, and the answers
 * by item id. The control's finish refuses while a chosen checklist is not completed
 * (`controls.checklist_completed_at`) and copies this into the certificate.
 */
export type ControlChecklist = {
  template: ChecklistTemplateContent;
  answers: Record<string, ChecklistAnswer>;
};

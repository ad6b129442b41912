import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChecklistAnswer, ControlChecklist } from "./checklist-schemas";
import { missingAnswer } from "./checklist-use";

const item = fc.record({ kind: fc.constantFrom("question" as const, "text" as const) });
const answer: fc.Arbitrary<ChecklistAnswer | undefined> = fc.option(
  fc.record(
    {
      answer: fc.constantFrom("yes" as const, "no" as const, "na" as const),
      comment: fc.constantFrom("", "  ", "Explained"),
      text: fc.constantFrom("", "Notes"),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** A checklist of 1–4 sections of 1–5 items each, with an answer (or none) per item. */
const checklist = fc
  .array(fc.array(fc.tuple(item, answer), { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((sections): ControlChecklist => {
    let n = 0;
    const answers: ControlChecklist["answers"] = {};
    const template = {
      name: "Generated",
      sections: sections.map((items, s) => ({
        heading: `Section ${s + 1}`,
        items: items.map(([i, a]) => {
          const id = `i${++n}`;
          if (a) answers[id] = a;
          return { id, kind: i.kind, text: `Item ${n}` };
        }),
      })),
    };
    return { template, answers };
  });

describe("completing a checklist", () => {
  it("needs every question answered and every “no” explained, and names the first gap", () => {
    fc.assert(
      fc.property(checklist, (c) => {
        const items = c.template.sections.flatMap((s) => s.items);
        const gaps = items.filter((i) => {
          const a = c.answers[i.id];
          return i.kind === "question" && (!a?.answer || (a.answer === "no" && !a.comment?.trim()));
        });
        const missing = missingAnswer(c);
        expect(missing?.id ?? null).toBe(gaps[0]?.id ?? null);
        if (missing) expect(missing.message).toContain(`“${gaps[0]?.text}”`);
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});

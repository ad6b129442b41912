"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { CHECKLIST_ANSWER_LABELS, CHECKLIST_ANSWERS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { SelectField, TextAreaField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

type Checklist = RouterOutputs["controlChecklists"]["get"];
type Answers = NonNullable<Checklist["checklist"]>["answers"];
type Answer = Answers[string];

/** The controller chooses the checklist of the control (a template of the project or the
 * built-in one); answers to the same items are kept. */
export function ChooseChecklist({ projectId, data }: { projectId: string; data: Checklist }) {
  const trpc = useTRPC();
  const router = useRouter();
  const action = useAction();
  const choose = useMutation(trpc.controlChecklists.choose.mutationOptions());
  const [templateId, setTemplateId] = useState(data.templateId ?? "");
  return (
    <form
      className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await action.run(() =>
          choose.mutateAsync({
            projectId,
            controlId: data.controlId,
            version: data.version,
            templateId: templateId || null,
          }),
        );
        if (ok) router.refresh();
      }}
    >
      <SelectField
        label="Checklist"
        value={templateId}
        onChange={(e) => setTemplateId(e.target.value)}
        options={[
          { value: "", label: `${data.builtInName} (built in)` },
          ...data.choices.map((c) => ({ value: c.id, label: c.name })),
        ]}
        error={action.fields.templateId ?? action.error ?? undefined}
      />
      <Button type="submit" variant="outline" disabled={action.pending}>
        {data.checklist ? "Use this checklist instead" : "Use this checklist"}
      </Button>
    </form>
  );
}

/**
 * The checklist's questions and fields: the controller answers (saved in parts, completed when
 * every question is answered and every “no” explained); everyone else reads.
 */
export function ChecklistForm({ projectId, data }: { projectId: string; data: Checklist }) {
  const trpc = useTRPC();
  const router = useRouter();
  const action = useAction();
  const save = useMutation(trpc.controlChecklists.saveAnswers.mutationOptions());
  const complete = useMutation(trpc.controlChecklists.complete.mutationOptions());
  const uncomplete = useMutation(trpc.controlChecklists.uncomplete.mutationOptions());
  const checklist = data.checklist;
  const [answers, setAnswers] = useState<Answers>(checklist?.answers ?? {});
  const [changed, setChanged] = useState<Set<string>>(new Set());
  // The version this form last saved: answers saved before a refused completion are not stale.
  const [saved, setSaved] = useState({ from: data.version, version: data.version });
  const current = saved.from === data.version ? saved.version : data.version;
  if (!checklist) return null;
  const editable = data.can.answer;
  const set = (id: string, a: Answer) => {
    setAnswers((all) => ({ ...all, [id]: { ...all[id], ...a } }));
    setChanged((c) => new Set(c).add(id));
  };
  const ref = { projectId, controlId: data.controlId };

  async function saveChanged() {
    let version = current;
    if (changed.size > 0) {
      const sent = Object.fromEntries([...changed].map((id) => [id, answers[id] ?? {}]));
      version = (await save.mutateAsync({ ...ref, version, answers: sent })).version;
      setSaved({ from: data.version, version });
      setChanged(new Set());
    }
    return version;
  }

  const step = async (work: () => Promise<unknown>, done: string) => {
    if (await action.run(work)) {
      toast.success(done);
      router.refresh();
    }
  };

  return (
    <form
      className="grid gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        void step(saveChanged, "Answers saved");
      }}
    >
      {action.error && <Alert variant="error">{action.error}</Alert>}
      {checklist.template.sections.map((section) => (
        <fieldset key={section.heading} className="grid gap-4 rounded-lg border p-4">
          <legend className="px-1 text-base font-semibold">{section.heading}</legend>
          {section.items.map((item) => {
            const a = answers[item.id] ?? {};
            const error = action.fields[`answers.${item.id}`];
            if (!editable)
              return (
                <div key={item.id} className="grid gap-1 text-sm">
                  <p className="font-medium">{item.text}</p>
                  <p>
                    {item.kind === "question"
                      ? a.answer
                        ? CHECKLIST_ANSWER_LABELS[a.answer]
                        : "Not answered"
                      : a.text || "—"}
                    {a.comment ? ` — ${a.comment}` : ""}
                  </p>
                </div>
              );
            return item.kind === "question" ? (
              <div key={item.id} className="grid gap-2 sm:grid-cols-[minmax(0,16rem)_1fr]">
                <SelectField
                  label={item.text}
                  value={a.answer ?? ""}
                  placeholder="Not answered"
                  options={CHECKLIST_ANSWERS.map((v) => ({
                    value: v,
                    label: CHECKLIST_ANSWER_LABELS[v],
                  }))}
                  onChange={(e) =>
                    set(item.id, { answer: (e.target.value || undefined) as Answer["answer"] })
                  }
                  error={error}
                />
                <TextAreaField
                  label="Comment"
                  hint={a.answer === "no" ? "Required for “No”" : "Optional"}
                  rows={2}
                  value={a.comment ?? ""}
                  onChange={(e) => set(item.id, { comment: e.target.value })}
                />
              </div>
            ) : (
              <TextAreaField
                key={item.id}
                label={item.text}
                rows={3}
                value={a.text ?? ""}
                onChange={(e) => set(item.id, { text: e.target.value })}
              />
            );
          })}
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        {editable && (
          <Button type="submit" variant="outline" disabled={action.pending}>
            Save answers
          </Button>
        )}
        {data.can.complete && (
          <Button
            type="button"
            disabled={action.pending}
            onClick={() =>
              step(
                async () => complete.mutateAsync({ ...ref, version: await saveChanged() }),
                "Checklist completed",
              )
            }
          >
            Save and complete the checklist
          </Button>
        )}
        {data.can.uncomplete && (
          <Button
            type="button"
            variant="outline"
            disabled={action.pending}
            onClick={() =>
              step(
                () => uncomplete.mutateAsync({ ...ref, version: current }),
                "The checklist can be changed again",
              )
            }
          >
            Mark as not completed, to change it
          </Button>
        )}
      </div>
    </form>
  );
}

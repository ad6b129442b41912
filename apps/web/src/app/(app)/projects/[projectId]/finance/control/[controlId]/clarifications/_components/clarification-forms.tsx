"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { CLARIFICATION_MAX_DOCUMENTS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { SelectField, TextAreaField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

type List = RouterOutputs["controlClarifications"]["list"];
type Round = NonNullable<List["rounds"]>[number];

function useStep() {
  const router = useRouter();
  const action = useAction();
  return {
    action,
    async run(work: () => Promise<unknown>, done: string) {
      if (await action.run(work)) {
        toast.success(done);
        router.refresh();
        return true;
      }
      return false;
    },
  };
}

/** The controller's question: about the report or one item of it, with a date to answer by;
 * as a follow-up of an answered round, that round is closed. */
export function AskForm({
  projectId,
  data,
  followUp,
}: {
  projectId: string;
  data: List;
  followUp?: Round;
}) {
  const trpc = useTRPC();
  const ask = useMutation(trpc.controlClarifications.ask.mutationOptions());
  const { action, run } = useStep();
  const [question, setQuestion] = useState("");
  const [itemId, setItemId] = useState(followUp?.item?.id ?? "");
  const [dueOn, setDueOn] = useState("");
  return (
    <form
      className="grid gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await run(
          () =>
            ask.mutateAsync({
              projectId,
              controlId: data.controlId,
              question,
              itemId: itemId || null,
              dueOn: dueOn || null,
              followUp: followUp
                ? { clarificationId: followUp.id, version: followUp.version }
                : null,
            }),
          "Question sent to the partner",
        );
        if (ok) setQuestion("");
      }}
    >
      {action.error && <Alert variant="error">{action.error}</Alert>}
      <TextAreaField
        label={followUp ? "Follow-up question" : "Question"}
        rows={3}
        maxLength={5000}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
        error={action.fields.question}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="About the item"
          placeholder="The report as a whole"
          value={itemId}
          onChange={(e) => setItemId(e.target.value)}
          options={data.items.map((i) => ({ value: i.id, label: `${i.number}. ${i.description}` }))}
          error={action.fields.itemId}
        />
        <TextField
          label="Answer by"
          hint="Optional"
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={action.fields.dueOn}
        />
      </div>
      <div>
        <Button type="submit" disabled={action.pending}>
          {followUp ? "Ask the follow-up" : "Ask the partner"}
        </Button>
      </div>
    </form>
  );
}

/** The partner's answer, with documents of its library (the controller may then open them). */
export function AnswerForm({
  projectId,
  data,
  round,
}: {
  projectId: string;
  data: List;
  round: Round;
}) {
  const trpc = useTRPC();
  const answer = useMutation(trpc.controlClarifications.answer.mutationOptions());
  const { action, run } = useStep();
  const [text, setText] = useState(round.answer ?? "");
  const [chosen, setChosen] = useState<Set<string>>(new Set(round.documents.map((d) => d.id)));
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () =>
            answer.mutateAsync({
              projectId,
              clarificationId: round.id,
              version: round.version,
              answer: text,
              documentIds: [...chosen],
            }),
          "Answer sent to the controller",
        );
      }}
    >
      {action.error && <Alert variant="error">{action.error}</Alert>}
      <TextAreaField
        label={round.answer ? "Change the answer" : "Answer"}
        rows={4}
        maxLength={10_000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={action.fields.answer}
      />
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">
          Documents from the library (at most {CLARIFICATION_MAX_DOCUMENTS})
        </legend>
        {data.library.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No documents of your partner yet: upload them under Documents first.
          </p>
        ) : (
          <ul className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-2">
            {data.library.map((d) => (
              <li key={d.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={chosen.has(d.id)}
                    onChange={() => toggle(d.id)}
                  />
                  <span>
                    {d.title} <span className="text-muted-foreground">({d.fileName})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {action.fields.documentIds && (
          <p className="text-sm text-destructive">{action.fields.documentIds.join(" ")}</p>
        )}
      </fieldset>
      <div>
        <Button type="submit" disabled={action.pending}>
          {round.answer ? "Send the changed answer" : "Send the answer"}
        </Button>
      </div>
    </form>
  );
}

/** The controller closes a round: it is kept and no longer answered. */
export function CloseRound({ projectId, round }: { projectId: string; round: Round }) {
  const trpc = useTRPC();
  const close = useMutation(trpc.controlClarifications.close.mutationOptions());
  const { action, run } = useStep();
  return (
    <span className="inline-grid gap-1">
      <Button
        variant="outline"
        size="sm"
        disabled={action.pending}
        onClick={() =>
          run(
            () =>
              close.mutateAsync({ projectId, clarificationId: round.id, version: round.version }),
            "Question closed",
          )
        }
      >
        Close the question
      </Button>
      {action.error && (
        <span role="alert" className="text-xs text-destructive">
          {action.error}
        </span>
      )}
    </span>
  );
}

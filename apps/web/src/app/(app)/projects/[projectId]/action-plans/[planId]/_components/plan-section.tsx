"use client";

import type { ActionPlanSection } from "@consortia/db/schema";
import { Pencil } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { languageName } from "../../_components/labels";
import type { Plan } from "./action-values";
import type { PlanThread } from "./plan-comment-view";
import { PlanComments } from "./plan-comments";
import { type PlanFieldKey, SectionEditor } from "./section-editor";

/** A text as written, or a plain note (in the page's language) that nothing is written yet. */
function Text({ value, lang }: { value: string; lang: string }) {
  return value ? (
    <div lang={lang} className="whitespace-pre-line break-words text-sm leading-relaxed">
      {value}
    </div>
  ) : (
    <p className="text-sm italic text-muted-foreground">Not written yet.</p>
  );
}

/**
 * One part of the plan: the text in the plan's language and its English summary, edited in
 * place by those allowed, with the section's review comments beside it.
 */
export function PlanSection({
  projectId,
  plan,
  part,
  title,
  section,
  original,
  summary,
  threads,
  children,
}: {
  projectId: string;
  plan: Plan;
  part: string;
  title: string;
  section: ActionPlanSection;
  /** The field in the plan's language; Part III has only a summary (its actions follow). */
  original: PlanFieldKey | null;
  summary: PlanFieldKey;
  threads: PlanThread[];
  children?: React.ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `section-${section}`;
  const language = languageName(plan.language);
  const fields = [
    ...(original
      ? [{ key: original, kind: "textarea" as const, lang: plan.language, hint: `In ${language}` }]
      : []),
    { key: summary, kind: "textarea" as const, lang: "en", hint: "In English" },
  ];

  return (
    <section
      aria-labelledby={headingId}
      className="grid min-w-0 gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]"
    >
      <div className="grid min-w-0 content-start gap-4 rounded-lg border bg-card p-5 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 id={headingId} className="text-lg font-semibold leading-tight">
            {part}: {title}
          </h2>
          {plan.can.edit && !editing && (
            <Button
              ref={editButton}
              type="button"
              variant="outline"
              size="sm"
              onClick={() => setEditing(true)}
            >
              <Pencil aria-hidden /> Edit<span className="sr-only"> {part}</span>
            </Button>
          )}
        </div>
        {editing ? (
          <SectionEditor
            projectId={projectId}
            plan={plan}
            fields={fields}
            label={`Edit ${part}: ${title}`}
            onDone={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {original && (
              <div className="grid content-start gap-1">
                <h3 className="text-sm font-medium text-muted-foreground">
                  Original text, in {language}
                </h3>
                <Text value={plan[original]} lang={plan.language} />
              </div>
            )}
            <div className={original ? "grid content-start gap-1" : "grid gap-1 md:col-span-2"}>
              <h3 className="text-sm font-medium text-muted-foreground">English summary</h3>
              <Text value={plan[summary]} lang="en" />
            </div>
          </div>
        )}
        {children}
      </div>
      <div className="min-w-0 self-start rounded-lg border bg-muted/40 p-4">
        <PlanComments
          projectId={projectId}
          planId={plan.id}
          section={section}
          threads={threads}
          canComment={plan.can.comment}
          what={part}
        />
      </div>
    </section>
  );
}

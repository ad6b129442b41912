"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { CHECKLIST_ITEM_KIND_LABELS, CHECKLIST_LIMITS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

type Template = RouterOutputs["controlChecklists"]["template"];
type Section = Template["sections"][number];
type Kind = Section["items"][number]["kind"];
type Keyed = Section & { key: string };

/** The list with the element at `at` and the next one swapped (moving the next one up). */
function swapped<T>(list: readonly T[], at: number): T[] {
  const out = [...list];
  const [a, b] = [out[at], out[at + 1]];
  if (at < 0 || a === undefined || b === undefined) return out;
  out[at] = b;
  out[at + 1] = a;
  return out;
}

/** A new item's id: answers are kept by it, so it only has to be unique in the template. */
const newId = (kind: Kind) =>
  `${kind === "question" ? "q" : "t"}-${crypto.randomUUID().slice(0, 8)}`;

/**
 * The lead coordinator's editor of a checklist template: sections with headings, each with
 * questions (answered yes / no / not applicable with a comment) and free-text fields.
 */
export function TemplateEditor({
  projectId,
  template,
  initial,
}: {
  projectId: string;
  /** The template being edited; none for a new one (started from `initial`). */
  template?: { id: string; version: number };
  initial: { name: string; sections: Section[] };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const action = useAction();
  const [name, setName] = useState(initial.name);
  // Each section gets a key of its own for React, dropped when saved.
  const [sections, setSections] = useState<Keyed[]>(() =>
    initial.sections.map((x) => ({ ...x, key: crypto.randomUUID() })),
  );
  const create = useMutation(trpc.controlChecklists.createTemplate.mutationOptions());
  const update = useMutation(trpc.controlChecklists.updateTemplate.mutationOptions());
  const list = `/projects/${projectId}/finance/checklists`;

  const setSection = (s: number, change: (section: Keyed) => Keyed) =>
    setSections((all) => all.map((x, n) => (n === s ? change(x) : x)));
  const setItem = (s: number, i: number, text: string) =>
    setSection(s, (x) => ({
      ...x,
      items: x.items.map((item, n) => (n === i ? { ...item, text } : item)),
    }));
  const addItem = (s: number, kind: Kind) =>
    setSection(s, (x) => ({ ...x, items: [...x.items, { id: newId(kind), kind, text: "" }] }));
  const removeItem = (s: number, i: number) =>
    setSection(s, (x) => ({ ...x, items: x.items.filter((_, n) => n !== i) }));
  const moveItemUp = (s: number, i: number) =>
    setSection(s, (x) => ({ ...x, items: swapped(x.items, i - 1) }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const content = sections.map(({ key: _, ...x }) => x);
    const ok = await action.run(() =>
      template
        ? update.mutateAsync({
            projectId,
            templateId: template.id,
            version: template.version,
            name,
            sections: content,
          })
        : create.mutateAsync({ projectId, name, sections: content }),
    );
    if (ok) {
      toast.success("Checklist template saved");
      router.push(list);
      router.refresh();
    }
  }

  return (
    <form onSubmit={save} className="grid gap-6" noValidate>
      {action.error && <Alert variant="error">{action.error}</Alert>}
      <TextField
        label="Name of the checklist"
        value={name}
        maxLength={CHECKLIST_LIMITS.name}
        onChange={(e) => setName(e.target.value)}
        error={action.fields.name}
      />
      {action.fields.sections && <Alert variant="error">{action.fields.sections.join(" ")}</Alert>}
      {sections.map((section, s) => (
        <fieldset key={section.key} className="grid gap-3 rounded-lg border p-4">
          <legend className="px-1 text-sm font-semibold">Section {s + 1}</legend>
          <TextField
            label="Heading"
            value={section.heading}
            maxLength={CHECKLIST_LIMITS.name}
            onChange={(e) => setSection(s, (x) => ({ ...x, heading: e.target.value }))}
          />
          <ol className="grid gap-3">
            {section.items.map((item, i) => (
              <li key={item.id} className="grid gap-2 sm:grid-cols-[1fr_auto_auto] sm:items-end">
                <TextField
                  label={`${item.kind === "question" ? "Question" : "Free-text field"} ${i + 1}`}
                  hint={CHECKLIST_ITEM_KIND_LABELS[item.kind]}
                  value={item.text}
                  maxLength={CHECKLIST_LIMITS.text}
                  onChange={(e) => setItem(s, i, e.target.value)}
                />
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  disabled={i === 0}
                  onClick={() => moveItemUp(s, i)}
                >
                  Move up
                  <span className="sr-only">
                    {" "}
                    item {i + 1} of section {s + 1}
                  </span>
                </Button>
                <Button type="button" variant="outline" size="sm" onClick={() => removeItem(s, i)}>
                  Remove
                  <span className="sr-only">
                    {" "}
                    item {i + 1} of section {s + 1}
                  </span>
                </Button>
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => addItem(s, "question")}
            >
              Add a question
            </Button>
            <Button type="button" variant="outline" size="sm" onClick={() => addItem(s, "text")}>
              Add a free-text field
            </Button>
            {s > 0 && (
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() => setSections((all) => swapped(all, s - 1))}
              >
                Move section {s + 1} up
              </Button>
            )}
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => setSections((all) => all.filter((_, n) => n !== s))}
            >
              Remove section {s + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          onClick={() =>
            setSections((all) => [
              ...all,
              {
                key: crypto.randomUUID(),
                heading: "",
                items: [{ id: newId("question"), kind: "question", text: "" }],
              },
            ])
          }
        >
          Add a section
        </Button>
        <Button type="submit" disabled={action.pending}>
          {action.pending ? "Saving…" : "Save checklist"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push(list)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type Listed = RouterOutputs["controlChecklists"]["templates"]["templates"][number];

/** Archiving a template (no longer offered to controllers) or restoring it. */
export function ArchiveTemplate({ projectId, template }: { projectId: string; template: Listed }) {
  const trpc = useTRPC();
  const router = useRouter();
  const action = useAction();
  const archive = useMutation(trpc.controlChecklists.archiveTemplate.mutationOptions());
  return (
    <span className="inline-grid gap-1">
      <Button
        variant="outline"
        size="sm"
        className="h-8"
        disabled={action.pending}
        onClick={async () => {
          const ok = await action.run(() =>
            archive.mutateAsync({
              projectId,
              templateId: template.id,
              version: template.version,
              archived: !template.archived,
            }),
          );
          if (ok) router.refresh();
        }}
      >
        {template.archived ? "Restore" : "Archive"}
        <span className="sr-only"> {template.name}</span>
      </Button>
      {action.error && (
        <span role="alert" className="text-xs text-destructive">
          {action.error}
        </span>
      )}
    </span>
  );
}

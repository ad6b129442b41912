import type { RouterOutputs } from "@consortia/api/client";
import { Badge } from "@/components/ui/badge";
import { INSPIRATION_KIND_LABELS } from "../../_components/labels";
import { DiffLegend, DiffParts } from "./diff-parts";

type Diff = RouterOutputs["actionPlans"]["diff"];
type FieldDiff = Diff["sections"][number];
type ActionDiff = Diff["actions"][number];

/** Fields written in the plan's own language (the rest are English or not language at all). */
const ORIGINAL = new Set([
  "title",
  "generalInformation",
  "policyContext",
  "background",
  "activities",
  "players",
  "fundingSources",
]);

const langOf = (key: string, planLanguage: string) =>
  key.endsWith("En") ? "en" : ORIGINAL.has(key) ? planLanguage : undefined;

const CHANGE: Record<
  ActionDiff["change"],
  { text: string; variant: "success" | "destructive" | "warning" | "outline" }
> = {
  added: { text: "Added", variant: "success" },
  removed: { text: "Removed", variant: "destructive" },
  changed: { text: "Changed", variant: "warning" },
  unchanged: { text: "Unchanged", variant: "outline" },
};

function Fields({ fields, language }: { fields: FieldDiff[]; language: string }) {
  return (
    <dl className="grid gap-3">
      {fields.map((f) => (
        <div key={f.key} className="grid min-w-0 gap-1">
          <dt className="text-sm font-medium">{f.label}</dt>
          <dd className="min-w-0">
            <DiffParts parts={f.parts} lang={langOf(f.key, language)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Inspirations({
  label,
  items,
}: {
  label: string;
  items: ActionDiff["inspirations"]["added"];
}) {
  if (items.length === 0) return null;
  return (
    <div className="grid gap-1 text-sm">
      <p className="font-medium">{label}</p>
      <ul className="list-disc pl-5">
        {items.map((i) => (
          <li key={`${i.kind}:${i.id}`} className="break-words">
            {INSPIRATION_KIND_LABELS[i.kind]}: {i.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ActionChange({ a, language }: { a: ActionDiff; language: string }) {
  const change = CHANGE[a.change];
  const moved = a.from !== null && a.to !== null && a.from !== a.to;
  const fields =
    a.change === "changed"
      ? a.fields.filter((f) => f.changed)
      : a.fields.filter((f) => f.parts.length > 0);
  return (
    <article
      aria-labelledby={`diff-action-${a.actionId}`}
      className="grid min-w-0 gap-3 rounded-lg border p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 id={`diff-action-${a.actionId}`} className="min-w-0 break-words font-semibold">
          Action {a.to ?? a.from}: <span lang={language}>{a.title}</span>
        </h4>
        <Badge variant={change.variant}>{change.text}</Badge>
      </div>
      {moved && (
        <p className="text-sm text-muted-foreground">
          Moved from position {a.from} to {a.to}.
        </p>
      )}
      {fields.length > 0 && <Fields fields={fields} language={language} />}
      <Inspirations label="Inspirations added" items={a.inspirations.added} />
      <Inspirations label="Inspirations removed" items={a.inspirations.removed} />
    </article>
  );
}

/** What changed between two versions of the plan: its sections word by word, then its actions. */
export function DiffView({
  diff,
  language,
  heading,
}: {
  diff: Diff;
  language: string;
  heading: string;
}) {
  const changed = diff.sections.filter((s) => s.changed);
  const same = diff.sections.filter((s) => !s.changed);
  const actionChanges = diff.actions.filter((a) => a.change !== "unchanged" || a.from !== a.to);
  const sameActions = diff.actions.filter((a) => !actionChanges.includes(a));
  return (
    <section aria-labelledby="diff-heading" className="grid min-w-0 gap-5">
      <h2 id="diff-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      <DiffLegend />
      <section aria-labelledby="diff-sections" className="grid gap-3">
        <h3 id="diff-sections" className="font-semibold">
          Sections
        </h3>
        {changed.length === 0 ? (
          <p className="text-sm text-muted-foreground">No section changed.</p>
        ) : (
          <div className="rounded-lg border p-4">
            <Fields fields={changed} language={language} />
          </div>
        )}
        {same.length > 0 && (
          <p className="text-sm text-muted-foreground">
            Unchanged: {same.map((s) => s.label).join("; ")}.
          </p>
        )}
      </section>
      <section aria-labelledby="diff-actions" className="grid gap-3">
        <h3 id="diff-actions" className="font-semibold">
          Actions
        </h3>
        {actionChanges.length === 0 ? (
          <p className="text-sm text-muted-foreground">No action changed.</p>
        ) : (
          actionChanges.map((a) => <ActionChange key={a.actionId} a={a} language={language} />)
        )}
        {sameActions.length > 0 && (
          <p className="text-sm text-muted-foreground">
            Unchanged actions:{" "}
            <span lang={language}>{sameActions.map((a) => `${a.to}. ${a.title}`).join("; ")}</span>.
          </p>
        )}
      </section>
    </section>
  );
}

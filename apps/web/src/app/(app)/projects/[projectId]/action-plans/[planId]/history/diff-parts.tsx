import type { RouterOutputs } from "@consortia/api/client";

type DiffPart = RouterOutputs["actionPlans"]["diff"]["sections"][number]["parts"][number];

/**
 * Word-level changes as text: additions underlined on green, removals struck through on red,
 * and each announced in words, so neither colour nor line style is the only cue. The values
 * are rendered as text nodes, never as HTML.
 */
function Part({ part: p }: { part: DiffPart }) {
  if (p.added)
    return (
      <ins className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-2">
        <span className="sr-only" lang="en">
          [added:{" "}
        </span>
        {p.value}
        <span className="sr-only" lang="en">
          {" "}
          :end of addition]
        </span>
      </ins>
    );
  if (p.removed)
    return (
      <del className="rounded-sm bg-red-100 text-red-950 line-through decoration-2">
        <span className="sr-only" lang="en">
          [removed:{" "}
        </span>
        {p.value}
        <span className="sr-only" lang="en">
          {" "}
          :end of removal]
        </span>
      </del>
    );
  return <span>{p.value}</span>;
}

export function DiffParts({ parts, lang }: { parts: DiffPart[]; lang?: string | undefined }) {
  if (parts.length === 0) return <p className="text-sm italic text-muted-foreground">Empty.</p>;
  return (
    <p lang={lang} className="whitespace-pre-wrap break-words text-sm leading-relaxed">
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text, in order
        <Part key={i} part={p} />
      ))}
    </p>
  );
}

/** The key that explains the marks, in words and in the marks themselves. */
export function DiffLegend() {
  return (
    <p className="text-sm text-muted-foreground">
      Added words are{" "}
      <ins className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-2">
        underlined on green
      </ins>
      ; removed words are{" "}
      <del className="rounded-sm bg-red-100 text-red-950 line-through decoration-2">
        struck through on red
      </del>
      . Screen readers announce each change as “added” or “removed”.
    </p>
  );
}

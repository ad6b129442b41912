import type { Records } from "./types";

type Item = { id: string; title: string; date: string; status: string | null; href: string };

/** The partner's records of the period, in the order the contribution describes them. */
export function recordGroups(
  records: Records,
): Array<{ key: string; label: string; items: Item[] }> {
  return [
    { key: "eventsHosted", label: "Events hosted", items: records.eventsHosted },
    { key: "eventsAttended", label: "Events attended", items: records.eventsAttended },
    { key: "goodPractices", label: "Good practices", items: records.goodPractices },
    {
      key: "deliverables",
      label: "Deliverables",
      items: records.deliverables.map((d) => ({ ...d, title: `${d.code} ${d.title}` })),
    },
    {
      key: "actions",
      label: "Action-plan actions",
      items: records.actions.map((a) => ({
        ...a,
        title: a.monitoring ? `${a.title} (${a.monitoring.percent}% done)` : a.title,
      })),
    },
    { key: "improvements", label: "Policy improvements", items: records.improvements },
  ];
}

/** The records as a plain-text bullet list, grouped under headings, to append to a narrative. */
export function recordsAsText(records: Records): string {
  return recordGroups(records)
    .filter((g) => g.items.length > 0)
    .map((g) => `${g.label}:\n${g.items.map((i) => `- ${i.title} (${i.date})`).join("\n")}`)
    .join("\n\n");
}

/** Appends `addition` to `text` with a blank line between, and nothing doubled. */
export function appendBlock(text: string, addition: string): string {
  if (!addition) return text;
  const base = text.trimEnd();
  return base ? `${base}\n\n${addition}` : addition;
}

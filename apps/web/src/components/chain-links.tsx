import type { RouterOutputs } from "@consortia/api/client";
import { SectionCard } from "@/components/section-card";
import { TextLink, TitleLink } from "@/components/text-link";
import { statusLabel } from "@/lib/status-labels";
import { chainUrl } from "@/lib/urls";

type Lineage = RouterOutputs["policyViews"]["lineage"];
type Kind = Lineage["node"]["kind"];

/** What a record's page calls the records before and after it in the chain. */
const HEADINGS: Record<
  Kind,
  { before: Partial<Record<Kind, string>>; after: Partial<Record<Kind, string>> }
> = {
  good_practice: {
    before: {},
    after: {
      learning_event: "Presented at",
      action: "Actions it inspired",
      policy_improvement: "Improvements it led to",
    },
  },
  learning_event: {
    before: { good_practice: "Good practices presented" },
    after: { action: "Actions it inspired", policy_improvement: "Improvements it led to" },
  },
  action: {
    before: { good_practice: "Inspired by good practices", learning_event: "Inspired by events" },
    after: { policy_improvement: "Improvements it led to" },
  },
  policy_improvement: {
    before: {
      good_practice: "Good practices behind it",
      learning_event: "Learning events behind it",
      action: "Actions behind it",
    },
    after: {},
  },
};

const ORDER: Kind[] = ["good_practice", "learning_event", "action", "policy_improvement"];

/**
 * The learning chain seen from one record: what led to it and what it led to, each record a
 * link to its page, and a link into the chain view at this record. `omit` leaves out a list
 * the page shows already (a practice's events, an event's practices).
 */
export function ChainLinks({
  projectId,
  lineage,
  omit = [],
}: {
  projectId: string;
  lineage: Lineage;
  omit?: Kind[];
}) {
  const { node } = lineage;
  const headings = HEADINGS[node.kind];
  const groups = [
    ...ORDER.map((kind) => ({ kind, heading: headings.before[kind], list: lineage.before })),
    ...ORDER.map((kind) => ({ kind, heading: headings.after[kind], list: lineage.after })),
  ]
    .filter((g): g is typeof g & { heading: string } => !!g.heading && !omit.includes(g.kind))
    .map((g) => ({ ...g, list: g.list.filter((n) => n.kind === g.kind) }));
  const id = (kind: Kind, heading: string) => `chain-${kind}-${heading.length}`;
  return (
    <SectionCard
      title="In the learning chain"
      description={
        <TextLink href={chainUrl(projectId, { node: node.id })}>
          Follow it in the learning chain
        </TextLink>
      }
      contentClassName="grid gap-4 text-sm sm:grid-cols-2"
    >
      {groups.map((g) => (
        <section
          key={`${g.kind}-${g.heading}`}
          aria-labelledby={id(g.kind, g.heading)}
          className="grid content-start gap-1"
        >
          <h3 id={id(g.kind, g.heading)} className="font-medium">
            {g.heading}
          </h3>
          {g.list.length === 0 ? (
            <p className="text-muted-foreground">None yet.</p>
          ) : (
            <ul className="grid gap-1">
              {g.list.map((n) => (
                <li key={n.id}>
                  <TitleLink href={n.href}>{n.title}</TitleLink>
                  <span className="block text-xs text-muted-foreground">
                    {n.partnerName}
                    {n.status && ` · ${statusLabel(n.kind, n.status)}`}
                    {!n.direct && " · further along the chain"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </SectionCard>
  );
}

"use client";

import { TitleLink } from "@/components/text-link";
import { Button } from "@/components/ui/button";
import { statusLabel } from "@/lib/status-labels";
import { type ChainEdge, type ChainNode, COLUMNS, edgeLabel, reverseLabel } from "./chain-graph";

const anchor = (id: string) => `chain-item-${id}`;

/**
 * The learning chain in words, for screen readers and phones: each record with what led to
 * it and what it led to. Those links jump within the list, so a chain can be followed by
 * clicking from a practice down to an improvement; each record also opens on its own page.
 */
export function ChainList({
  nodes,
  edges,
  selected,
  onSelect,
}: {
  nodes: ChainNode[];
  edges: ChainEdge[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ref = (id: string, label: string) => {
    const n = byId.get(id);
    return n ? { id, label, title: n.title } : null;
  };
  return (
    <div className="grid gap-6">
      {COLUMNS.map((col) => {
        const own = nodes.filter((n) => n.kind === col.kind);
        if (own.length === 0) return null;
        return (
          <section key={col.kind} aria-labelledby={`list-${col.kind}`} className="grid gap-2">
            <h3 id={`list-${col.kind}`} className="font-medium">
              {col.title}
            </h3>
            <ul className="grid gap-3">
              {own.map((n) => {
                const from = edges
                  .filter((e) => e.target === n.id)
                  .map((e) => ref(e.source, reverseLabel(e)))
                  .filter((x) => x !== null);
                const to = edges
                  .filter((e) => e.source === n.id)
                  .map((e) => ref(e.target, edgeLabel(e)))
                  .filter((x) => x !== null);
                return (
                  <li
                    key={n.id}
                    id={anchor(n.id)}
                    className="grid scroll-mt-4 gap-1 rounded-md border p-3 text-sm"
                  >
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="grid min-w-0 gap-0.5">
                        <TitleLink href={n.href}>{n.title}</TitleLink>
                        <span className="text-xs text-muted-foreground">
                          {n.partnerName}
                          {n.status && ` · ${statusLabel(n.kind, n.status)}`}
                        </span>
                      </div>
                      <Button
                        type="button"
                        size="sm"
                        variant={selected === n.id ? "default" : "outline"}
                        aria-pressed={selected === n.id}
                        onClick={() => onSelect(selected === n.id ? null : n.id)}
                      >
                        {selected === n.id ? "Following" : "Follow"}
                        <span className="sr-only"> the chain of {n.title}</span>
                      </Button>
                    </div>
                    {[
                      { items: from, what: "Comes from" },
                      { items: to, what: "Leads on" },
                    ].map(
                      ({ items, what }) =>
                        items.length > 0 && (
                          <div key={what} className="grid gap-0.5">
                            <span className="text-xs text-muted-foreground">{what}:</span>
                            <ul className="grid gap-0.5 pl-3">
                              {items.map((i) => (
                                <li key={`${i.id}-${i.label}`} className="break-words">
                                  {i.label}{" "}
                                  <a href={`#${anchor(i.id)}`} className="text-primary underline">
                                    {i.title}
                                  </a>
                                </li>
                              ))}
                            </ul>
                          </div>
                        ),
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

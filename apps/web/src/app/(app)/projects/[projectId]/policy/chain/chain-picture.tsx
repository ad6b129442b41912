"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { TextLink } from "@/components/text-link";
import { statusLabel } from "@/lib/status-labels";
import { cn } from "@/lib/utils";
import { type ChainEdge, type ChainNode, COLUMNS, edgeLabel } from "./chain-graph";

type Line = { key: string; d: string; kind: ChainEdge["kind"] };

const EDGE_COLOURS: Record<ChainEdge["kind"], string> = {
  presented_at: "#64748b",
  inspired: "#0f766e",
  contributed_to: "#7c3aed",
};

/** A curve from the right edge of one box to the left edge of a later column's box. */
function measure(container: HTMLElement, edges: readonly ChainEdge[]): Line[] {
  const origin = container.getBoundingClientRect();
  const box = (id: string) =>
    container.querySelector(`[data-chain-node="${CSS.escape(id)}"]`)?.getBoundingClientRect();
  const lines: Line[] = [];
  for (const e of edges) {
    const a = box(e.source);
    const b = box(e.target);
    if (!a || !b) continue;
    const x1 = a.right - origin.left;
    const y1 = a.top + a.height / 2 - origin.top;
    const x2 = b.left - origin.left;
    const y2 = b.top + b.height / 2 - origin.top;
    const bend = Math.max(24, (x2 - x1) / 2);
    lines.push({
      key: `${e.source}|${e.target}|${e.kind}|${e.via}`,
      d: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
      kind: e.kind,
    });
  }
  return lines;
}

/**
 * The learning chain as four columns with its links drawn between them (wide screens). Each
 * record is a button that follows its chain and a link that opens it. The drawing itself is
 * decoration: the list beside it says the same in words.
 */
export function ChainPicture({
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
  const ref = useRef<HTMLDivElement>(null);
  const [lines, setLines] = useState<Line[]>([]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const redraw = () => setLines(measure(el, edges));
    redraw();
    const observer = new ResizeObserver(redraw);
    observer.observe(el);
    return () => observer.disconnect();
  }, [edges]);

  return (
    <div ref={ref} className="relative">
      <svg
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 h-full w-full overflow-visible"
      >
        {lines.map((l) => (
          <path
            key={l.key}
            d={l.d}
            fill="none"
            stroke={EDGE_COLOURS[l.kind]}
            strokeWidth={selected ? 2 : 1.5}
            strokeDasharray={l.kind === "presented_at" ? "4 3" : undefined}
          />
        ))}
      </svg>
      <div className="grid grid-cols-4 gap-12">
        {COLUMNS.map((col) => {
          const own = nodes.filter((n) => n.kind === col.kind);
          return (
            <div key={col.kind} className="grid content-start gap-3">
              <h3 className="text-sm font-medium">
                {col.title} <span className="text-muted-foreground">({own.length})</span>
              </h3>
              <ul className="grid gap-3">
                {own.map((n) => (
                  <li key={n.id}>
                    <div
                      data-chain-node={n.id}
                      className={cn(
                        "relative grid gap-1 rounded-md border bg-card p-2 text-sm shadow-sm",
                        selected === n.id && "border-primary ring-2 ring-primary",
                      )}
                    >
                      <button
                        type="button"
                        aria-pressed={selected === n.id}
                        aria-label={`${n.title}: follow its chain`}
                        onClick={() => onSelect(selected === n.id ? null : n.id)}
                        className="break-words text-left font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                      >
                        {n.title}
                      </button>
                      <span className="text-xs text-muted-foreground">
                        {n.partnerName}
                        {n.status && ` · ${statusLabel(n.kind, n.status)}`}
                      </span>
                      <TextLink href={n.href} className="text-xs">
                        Open<span className="sr-only"> {n.title}</span>
                      </TextLink>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
        {(Object.keys(EDGE_COLOURS) as ChainEdge["kind"][]).map((k) => (
          <span key={k} className="inline-flex items-center gap-1">
            <svg aria-hidden="true" width="24" height="6">
              <line
                x1="0"
                y1="3"
                x2="24"
                y2="3"
                stroke={EDGE_COLOURS[k]}
                strokeWidth="2"
                strokeDasharray={k === "presented_at" ? "4 3" : undefined}
              />
            </svg>
            {edgeLabel({ kind: k, via: null })}
          </span>
        ))}
      </p>
    </div>
  );
}

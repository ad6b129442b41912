import type { RouterOutputs } from "@consortia/api/client";

export type Chain = RouterOutputs["policyViews"]["chain"];
export type ChainNode = Chain["nodes"][number];
export type ChainEdge = Chain["edges"][number];
export type ChainKind = ChainNode["kind"];

/** The chain's columns, left to right: every link points from a column to a later one. */
export const COLUMNS: { kind: ChainKind; title: string }[] = [
  { kind: "good_practice", title: "Good practices" },
  { kind: "learning_event", title: "Learning events" },
  { kind: "action", title: "Actions" },
  { kind: "policy_improvement", title: "Policy improvements" },
];

export const KIND_LABELS: Record<ChainKind, string> = {
  good_practice: "Good practice",
  learning_event: "Learning event",
  action: "Action",
  policy_improvement: "Policy improvement",
};

/** How a link reads from its source: "presented at", "inspired", "contributed to". */
export function edgeLabel(e: Pick<ChainEdge, "kind" | "via">): string {
  if (e.kind === "presented_at") return "presented at";
  if (e.kind === "contributed_to") return "contributed to";
  return e.via === "recommendation"
    ? "inspired, through a peer-review recommendation,"
    : "inspired";
}

/** How a link reads from its target: "presented", "inspired by", "result of". */
export function reverseLabel(e: Pick<ChainEdge, "kind" | "via">): string {
  if (e.kind === "presented_at") return "presents";
  if (e.kind === "contributed_to") return "builds on";
  return e.via === "recommendation" ? "inspired by a peer-review recommendation of" : "inspired by";
}

function walk(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const n of next.get(id) ?? [])
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
  return seen;
}

/**
 * The chain through one record: everything that led to it (following links backwards) and
 * everything it led to (forwards). Unlike all connected records, this leaves out a sibling
 * action that merely shares an inspiration, so following a chain stays readable.
 */
export function lineage(id: string, edges: readonly ChainEdge[]): Set<string> {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const e of edges) {
    forward.set(e.source, [...(forward.get(e.source) ?? []), e.target]);
    backward.set(e.target, [...(backward.get(e.target) ?? []), e.source]);
  }
  return new Set([...walk(id, backward), ...walk(id, forward)]);
}

/** The nodes and links to show: all of them, or the chain through the selected record. */
export function visiblePart(chain: Chain, selected: string | null) {
  if (!selected || !chain.nodes.some((n) => n.id === selected))
    return { nodes: chain.nodes, edges: chain.edges };
  const keep = lineage(selected, chain.edges);
  return {
    nodes: chain.nodes.filter((n) => keep.has(n.id)),
    edges: chain.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

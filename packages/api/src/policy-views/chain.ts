import { invalid, notFound } from "../errors";
import { improvementsQuery } from "../improvements";
import { eventsQuery, practicesQuery } from "../learning";
import { actionsQuery } from "../policy";
import type { ProjectCtx } from "../shared/service-context";
import { CHAIN_NODE_KINDS } from "./policy-views-schemas";

export type ChainNodeKind = (typeof CHAIN_NODE_KINDS)[number];
export type ChainNode = {
  id: string;
  kind: ChainNodeKind;
  title: string;
  partnerId: string;
  partnerName: string;
  /** The record's workflow status; learning events have none. */
  status: string | null;
  /** Where the UI shows the record. */
  href: string;
};
/**
 * presented_at: a good practice presented at a learning event; inspired: a practice or an
 * event inspired an action (`via` says how: the practice, the event, or one of the event's
 * peer-review recommendations); contributed_to: an action or a practice behind an improvement.
 */
export type ChainEdge = {
  source: string;
  target: string;
  kind: "presented_at" | "inspired" | "contributed_to";
  via: "good_practice" | "learning_event" | "recommendation" | null;
};

export type ChainFilter = {
  partnerId?: string | undefined;
  startNode?: { kind: ChainNodeKind; id: string } | undefined;
};

const KIND_ORDER = Object.fromEntries(CHAIN_NODE_KINDS.map((k, i) => [k, i])) as Record<
  ChainNodeKind,
  number
>;

/** Every visible record that could sit on the chain, keyed by id. */
async function chainNodes(ctx: ProjectCtx): Promise<Map<string, ChainNode>> {
  const base = `/projects/${ctx.access.projectId}`;
  const [practices, events, actions, improvements] = await Promise.all([
    practicesQuery(ctx)
      .select([
        "good_practices.id",
        "good_practices.title",
        "good_practices.status",
        "good_practices.owner_partner_id as partnerId",
        "owner.short_name as partnerName",
      ])
      .execute(),
    eventsQuery(ctx)
      .select([
        "e.id",
        "e.title",
        "e.host_partner_id as partnerId",
        "host.short_name as partnerName",
      ])
      .execute(),
    actionsQuery(ctx)
      .innerJoin("partners", "partners.id", "action_plans.partner_id")
      .select([
        "actions.id",
        "actions.title",
        "actions.status",
        "action_plans.id as planId",
        "action_plans.partner_id as partnerId",
        "partners.short_name as partnerName",
      ])
      .execute(),
    improvementsQuery(ctx)
      .select([
        "policy_improvements.id",
        "policy_improvements.title",
        "policy_improvements.status",
        "policy_improvements.partner_id as partnerId",
        "partner.short_name as partnerName",
      ])
      .execute(),
  ]);
  const nodes: ChainNode[] = [
    ...practices.map((p) => ({
      ...p,
      kind: "good_practice" as const,
      href: `${base}/practices/${p.id}`,
    })),
    ...events.map((e) => ({
      ...e,
      kind: "learning_event" as const,
      status: null,
      href: `${base}/learning/${e.id}`,
    })),
    ...actions.map(({ planId, ...a }) => ({
      ...a,
      kind: "action" as const,
      href: `${base}/action-plans/${planId}#action-${a.id}`,
    })),
    ...improvements.map((i) => ({
      ...i,
      kind: "policy_improvement" as const,
      href: `${base}/improvements/${i.id}`,
    })),
  ];
  return new Map(nodes.map((n) => [n.id, n]));
}

/** Every link of the project between two records. */
async function chainLinks(ctx: ProjectCtx): Promise<ChainEdge[]> {
  const projectId = ctx.access.projectId;
  const [presented, inspirations, byActions, byPractices] = await Promise.all([
    ctx.db
      .selectFrom("good_practice_events")
      .select(["good_practice_id as source", "event_id as target"])
      .where("project_id", "=", projectId)
      .execute(),
    ctx.db
      .selectFrom("action_inspirations as i")
      .leftJoin("peer_review_recommendations as r", "r.id", "i.recommendation_id")
      .select(["i.action_id", "i.kind", "i.good_practice_id", "i.learning_event_id", "r.event_id"])
      .where("i.project_id", "=", projectId)
      .execute(),
    ctx.db
      .selectFrom("policy_improvement_actions")
      .select(["action_id as source", "improvement_id as target"])
      .where("project_id", "=", projectId)
      .execute(),
    ctx.db
      .selectFrom("policy_improvement_practices")
      .select(["good_practice_id as source", "improvement_id as target"])
      .where("project_id", "=", projectId)
      .execute(),
  ]);
  const edges: ChainEdge[] = presented.map((e) => ({ ...e, kind: "presented_at", via: null }));
  for (const i of inspirations) {
    const source = i.good_practice_id ?? i.learning_event_id ?? i.event_id;
    if (source) edges.push({ source, target: i.action_id, kind: "inspired", via: i.kind });
  }
  for (const e of [...byActions, ...byPractices])
    edges.push({ ...e, kind: "contributed_to", via: null });
  return edges;
}

/** The nodes reachable from the seeds, following links either way. */
function reachable(seeds: readonly string[], edges: readonly ChainEdge[]): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
  }
  const seen = new Set(seeds);
  const queue = [...seeds];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const n of next.get(id) ?? [])
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
  return seen;
}

/**
 * The learning chain as a graph: good practices → learning events → actions → policy
 * improvements. Only records the caller may see become nodes, and a link counts only when
 * both ends are visible, so another partner's draft plan or draft practice never shows.
 * Without a filter the picture holds every record on at least one link; with a partner, the
 * chains that touch any of its records; with a starting node, the chain through it (the node
 * alone if nothing links to it yet).
 */
export async function learningChain(ctx: ProjectCtx, input: ChainFilter) {
  if (input.partnerId) {
    const partner = await ctx.db
      .selectFrom("partners")
      .select("id")
      .where("id", "=", input.partnerId)
      .where("project_id", "=", ctx.access.projectId)
      .executeTakeFirst();
    if (!partner)
      throw invalid("Unknown partner", { partnerId: ["This partner is not part of the project"] });
  }
  const [all, links] = await Promise.all([chainNodes(ctx), chainLinks(ctx)]);
  const seen = new Set<string>();
  const edges = links.filter((e) => {
    const key = `${e.source}|${e.target}|${e.kind}|${e.via}`;
    if (seen.has(key) || !all.has(e.source) || !all.has(e.target)) return false;
    seen.add(key);
    return true;
  });
  let keep: Set<string>;
  if (input.startNode) {
    const start = all.get(input.startNode.id);
    if (!start || start.kind !== input.startNode.kind) throw notFound("Chain node");
    keep = reachable([start.id], edges);
  } else {
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const seeds = [...linked].filter(
      (id) => !input.partnerId || all.get(id)?.partnerId === input.partnerId,
    );
    keep = input.partnerId ? reachable(seeds, edges) : linked;
  }
  const nodes = [...keep]
    .map((id) => all.get(id))
    .filter((n): n is ChainNode => !!n)
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    );
  const shown = edges
    .filter((e) => keep.has(e.source) && keep.has(e.target))
    .sort(
      (a, b) =>
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target) ||
        a.kind.localeCompare(b.kind) ||
        String(a.via).localeCompare(String(b.via)),
    );
  return { nodes, edges: shown };
}

/** A record of the chain seen from another one: `direct` when a link joins the two. */
export type LineageNode = ChainNode & { direct: boolean };

function walk(start: string, next: Map<string, string[]>): Map<string, number> {
  const depth = new Map([[start, 0]]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const n of next.get(id) ?? [])
      if (!depth.has(n)) {
        depth.set(n, (depth.get(id) ?? 0) + 1);
        queue.push(n);
      }
  depth.delete(start);
  return depth;
}

/**
 * The learning chain as seen from one record, for its own page: what led to it (following
 * links backwards: the practices presented at an event, what inspired an action) and what it
 * led to (forwards: where a practice was presented, the actions it inspired, directly or
 * through an event, and the improvements they led to). Only records the caller may see, and
 * links whose both ends are visible, as in the chain view; NOT_FOUND for a record the caller
 * may not see.
 */
export async function recordLineage(ctx: ProjectCtx, input: { kind: ChainNodeKind; id: string }) {
  const [all, links] = await Promise.all([chainNodes(ctx), chainLinks(ctx)]);
  const node = all.get(input.id);
  if (!node || node.kind !== input.kind) throw notFound("Record");
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const e of links) {
    if (!all.has(e.source) || !all.has(e.target)) continue;
    forward.set(e.source, [...(forward.get(e.source) ?? []), e.target]);
    backward.set(e.target, [...(backward.get(e.target) ?? []), e.source]);
  }
  const listed = (depths: Map<string, number>): LineageNode[] =>
    [...depths]
      .map(([id, depth]) => {
        const n = all.get(id);
        return n ? { ...n, direct: depth === 1 } : null;
      })
      .filter((n): n is LineageNode => n !== null)
      .sort(
        (a, b) =>
          KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
          Number(b.direct) - Number(a.direct) ||
          a.title.localeCompare(b.title) ||
          a.id.localeCompare(b.id),
      );
  return { node, before: listed(walk(node.id, backward)), after: listed(walk(node.id, forward)) };
}

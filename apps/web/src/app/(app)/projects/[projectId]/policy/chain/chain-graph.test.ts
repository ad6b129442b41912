import { describe, expect, it } from "vitest";
import { type Chain, type ChainEdge, edgeLabel, lineage, visiblePart } from "./chain-graph";

const edge = (source: string, target: string, kind: ChainEdge["kind"]): ChainEdge => ({
  source,
  target,
  kind,
  via: kind === "inspired" ? "good_practice" : null,
});

// practice P1 → event E1 → action A1 → improvement I1; P1 also inspired A2 (a sibling of A1);
// P2 inspired A2 only; I1 also builds on P3 directly.
const edges: ChainEdge[] = [
  edge("P1", "E1", "presented_at"),
  edge("E1", "A1", "inspired"),
  edge("P1", "A2", "inspired"),
  edge("P2", "A2", "inspired"),
  edge("A1", "I1", "contributed_to"),
  edge("P3", "I1", "contributed_to"),
];

describe("lineage", () => {
  it("follows an action back to what inspired it and forward to its improvement", () => {
    // P3 is behind I1 too, but not behind A1: it is not on the chain through A1.
    expect([...lineage("A1", edges)].sort()).toEqual(["A1", "E1", "I1", "P1"]);
  });

  it("leaves out siblings that only share an inspiration", () => {
    const fromA2 = lineage("A2", edges);
    expect(fromA2.has("A1")).toBe(false);
    expect(fromA2.has("I1")).toBe(false);
    expect([...fromA2].sort()).toEqual(["A2", "P1", "P2"]);
  });

  it("follows a practice forward through every branch", () => {
    expect([...lineage("P1", edges)].sort()).toEqual(["A1", "A2", "E1", "I1", "P1"]);
  });

  it("is the node alone when nothing links to it", () => {
    expect([...lineage("X", edges)]).toEqual(["X"]);
  });
});

describe("visiblePart", () => {
  const node = (id: string, kind: Chain["nodes"][number]["kind"]) => ({
    id,
    kind,
    title: id,
    partnerId: "p",
    partnerName: "Partner",
    status: null,
    href: `/x/${id}`,
  });
  const chain: Chain = {
    nodes: [
      node("P1", "good_practice"),
      node("P2", "good_practice"),
      node("P3", "good_practice"),
      node("E1", "learning_event"),
      node("A1", "action"),
      node("A2", "action"),
      node("I1", "policy_improvement"),
    ],
    edges,
  };

  it("shows everything without a selection or with an unknown one", () => {
    expect(visiblePart(chain, null).nodes).toHaveLength(7);
    expect(visiblePart(chain, "nope").edges).toHaveLength(6);
  });

  it("keeps only the chain through the selected record and its links", () => {
    const part = visiblePart(chain, "I1");
    expect(part.nodes.map((n) => n.id)).toEqual(["P1", "P3", "E1", "A1", "I1"]);
    expect(part.edges).toHaveLength(4);
    expect(part.edges.some((e) => e.target === "A2")).toBe(false);
  });
});

describe("edgeLabel", () => {
  it("says how a peer-review recommendation inspired an action", () => {
    expect(edgeLabel({ kind: "inspired", via: "recommendation" })).toMatch(/recommendation/);
    expect(edgeLabel({ kind: "contributed_to", via: null })).toBe("contributed to");
  });
});

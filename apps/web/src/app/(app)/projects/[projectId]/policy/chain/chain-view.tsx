"use client";

import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type Chain, KIND_LABELS, visiblePart } from "./chain-graph";
import { ChainList } from "./chain-list";
import { ChainPicture } from "./chain-picture";

/**
 * Following the chain: choosing a record narrows the picture and the list to what led to it
 * and what it led to. The choice lives in the address (?node=), so it can be shared and the
 * browser's Back button undoes it.
 */
export function ChainView({ chain }: { chain: Chain }) {
  const params = useSearchParams();
  const selected = params.get("node");
  const node = selected ? chain.nodes.find((n) => n.id === selected) : undefined;
  const part = visiblePart(chain, node ? node.id : null);

  function select(id: string | null) {
    const q = new URLSearchParams(params);
    if (id) q.set("node", id);
    else q.delete("node");
    const s = q.toString();
    window.history.pushState(null, "", `${window.location.pathname}${s ? `?${s}` : ""}`);
  }

  if (chain.nodes.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        Nothing is linked yet. A chain appears when a good practice is presented at a learning
        event, an action names what inspired it, or an improvement names the actions and practices
        behind it.
      </p>
    );

  return (
    <div className="grid min-w-0 gap-6">
      <div role="status" className="flex flex-wrap items-center gap-3 text-sm">
        {node ? (
          <>
            <span>
              Following the chain of {KIND_LABELS[node.kind].toLowerCase()}{" "}
              <strong className="break-words">{node.title}</strong>: {part.nodes.length} records.
            </span>
            <Button type="button" size="sm" variant="outline" onClick={() => select(null)}>
              Show the whole picture
            </Button>
          </>
        ) : (
          <span className="text-muted-foreground">
            {chain.nodes.length} records and {chain.edges.length} links. Choose a record to follow
            its chain.
          </span>
        )}
      </div>
      {selected && !node && (
        <Alert>
          That record is on no chain you can see here: nothing links it to other records yet, or the
          partner filter leaves it out.
        </Alert>
      )}
      <div className="hidden min-w-0 lg:block">
        <ChainPicture
          nodes={part.nodes}
          edges={part.edges}
          selected={node?.id ?? null}
          onSelect={select}
        />
      </div>
      <section aria-labelledby="chain-as-list" className="grid min-w-0 gap-3">
        <h2 id="chain-as-list" className="text-lg font-semibold">
          The chain in words
        </h2>
        <ChainList
          nodes={part.nodes}
          edges={part.edges}
          selected={node?.id ?? null}
          onSelect={select}
        />
      </section>
    </div>
  );
}

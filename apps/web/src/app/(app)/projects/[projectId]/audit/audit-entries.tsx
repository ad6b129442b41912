"use client";

import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { DateTime } from "@/components/date-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { actionLabel, entityLabel } from "./audit-labels";

type ListInput = Omit<RouterInputs["audit"]["list"], "cursor">;
type Page = RouterOutputs["audit"]["list"];

/** The first page comes rendered from the server; "Load more" continues from its cursor. */
export function AuditEntries({
  input,
  firstPage,
  filtered,
}: {
  input: ListInput;
  firstPage: Page;
  filtered: boolean;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  // A plain queryFn: tRPC's infinite helper adds a `direction` key, which the strict input
  // of audit.list refuses.
  const query = useInfiniteQuery({
    queryKey: trpc.audit.list.infiniteQueryKey(input),
    queryFn: ({ pageParam }) =>
      client.audit.list.query(pageParam === null ? input : { ...input, cursor: pageParam }),
    initialPageParam: null as number | null,
    getNextPageParam: (last: Page) => last.nextCursor,
    initialData: { pages: [firstPage], pageParams: [null] },
  });
  const items = query.data.pages.flatMap((p) => p.items);

  if (items.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        {filtered ? "No entries match these filters." : "Nothing has been recorded yet."}
      </p>
    );

  return (
    <section aria-label="Audit entries" className="grid gap-4">
      <ol className="divide-y rounded-lg border">
        {items.map((e) => (
          <li key={e.id} className="grid gap-1 p-3 sm:grid-cols-[11rem_1fr] sm:gap-x-4 sm:gap-y-1">
            <DateTime value={e.at} className="text-sm text-muted-foreground sm:row-span-2" />
            <p className="break-words text-sm">{e.summary}</p>
            <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
              <span className="font-medium text-foreground">{e.actorName ?? "System"}</span>
              <Badge variant="outline">{entityLabel(e.entity)}</Badge>
              <span>{actionLabel(e.action)}</span>
            </p>
          </li>
        ))}
      </ol>
      {query.isFetchNextPageError && (
        <Alert variant="error">{describeError(query.error).message}</Alert>
      )}
      {query.hasNextPage ? (
        <Button
          variant="outline"
          className="justify-self-center"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : (
        <p className="text-center text-sm text-muted-foreground">
          {items.length} {items.length === 1 ? "entry" : "entries"}, the whole log
          {filtered ? " for these filters" : ""}.
        </p>
      )}
    </section>
  );
}

"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { DateTime } from "@/components/date-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

const PAGE = 20;

/** The signed-in person's notifications, unread first; opening one marks it read. */
export function NotificationList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<"all" | "unread">("all");
  const [error, setError] = useState<string | null>(null);
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { filter, limit: PAGE },
      {
        initialCursor: 0,
        getNextPageParam: (last) => last.nextCursor ?? undefined,
      },
    ),
  );
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.pathFilter());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(
    trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }),
  );
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(describeError(err).message);
    }
  };

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <fieldset className="flex gap-1">
          <legend className="sr-only">Show</legend>
          {(["all", "unread"] as const).map((f) => (
            <Button
              key={f}
              size="sm"
              variant={filter === f ? "secondary" : "ghost"}
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
            >
              {f === "all" ? "All" : "Unread"}
            </Button>
          ))}
        </fieldset>
        <Button
          size="sm"
          variant="outline"
          disabled={markAll.isPending || !items.some((n) => !n.readAt)}
          onClick={() => run(() => markAll.mutateAsync())}
        >
          Mark all as read
        </Button>
      </div>
      {error && <Alert variant="error">{error}</Alert>}
      {list.isError && <Alert variant="error">{describeError(list.error).message}</Alert>}
      {list.isPending ? (
        <p className="text-sm text-muted-foreground">Loading…</p>
      ) : items.length === 0 ? (
        <p className="rounded-md border p-6 text-center text-sm text-muted-foreground">
          {filter === "unread" ? "Nothing unread." : "No notifications yet."}
        </p>
      ) : (
        <ul className="divide-y rounded-md border" aria-label="Notifications">
          {items.map((n) => (
            <li key={n.id} className={cn("grid gap-1 p-4", !n.readAt && "bg-accent/40")}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="grid gap-1">
                  <p className={cn("text-sm", !n.readAt && "font-semibold")}>
                    {n.link ? (
                      <Link
                        href={n.link}
                        className="underline-offset-4 hover:underline"
                        onClick={() => {
                          if (!n.readAt) markRead.mutate({ ids: [n.id] });
                        }}
                      >
                        {n.title}
                      </Link>
                    ) : (
                      n.title
                    )}
                  </p>
                  {n.body && (
                    <p className="whitespace-pre-line text-sm text-muted-foreground">{n.body}</p>
                  )}
                  <DateTime value={n.createdAt} className="text-xs text-muted-foreground" />
                </div>
                {n.readAt ? (
                  <Badge variant="outline">Read</Badge>
                ) : (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={markRead.isPending}
                    onClick={() => run(() => markRead.mutateAsync({ ids: [n.id] }))}
                  >
                    Mark as read
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <div>
          <Button
            variant="outline"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? "Loading…" : "Show more"}
          </Button>
        </div>
      )}
    </div>
  );
}

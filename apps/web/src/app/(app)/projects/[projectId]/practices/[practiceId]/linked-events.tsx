"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { SelectField } from "@/components/form-fields";
import { TitleLink } from "@/components/text-link";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import { eventUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";

type Linked = RouterOutputs["goodPractices"]["get"]["events"][number];

/** The learning events where the practice was presented. */
export function LinkedEvents({
  projectId,
  practiceId,
  events,
  canLink,
}: {
  projectId: string;
  practiceId: string;
  events: Linked[];
  canLink: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [eventId, setEventId] = useState("");
  const [error, setError] = useState<string | undefined>();
  const all = useQuery(
    trpc.learningEvents.list.queryOptions({ projectId, pageSize: 200 }, { enabled: canLink }),
  );
  const link = useMutation(trpc.goodPractices.linkEvent.mutationOptions());
  const unlink = useMutation(trpc.goodPractices.unlinkEvent.mutationOptions());
  const options = (all.data?.events ?? []).filter((e) => !events.some((l) => l.id === e.id));

  async function onLink(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (!eventId) return setError("Choose an event");
    try {
      await link.mutateAsync({ projectId, goodPracticeId: practiceId, eventId });
      setEventId("");
      toast.success("Event linked");
      router.refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  async function onUnlink(e: Linked) {
    try {
      await unlink.mutateAsync({ projectId, goodPracticeId: practiceId, eventId: e.id });
      toast.success(`${e.title} unlinked`);
      router.refresh();
    } catch (err) {
      toast.error(describeError(err).message);
    }
  }

  return (
    <div className="grid gap-4">
      {events.length === 0 ? (
        <p className="text-sm text-muted-foreground">Not presented at a learning event yet.</p>
      ) : (
        <ul className="divide-y text-sm">
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <TitleLink href={eventUrl(projectId, e.id)}>{e.title}</TitleLink>
                <p className="text-xs text-muted-foreground">
                  {EVENT_KIND_LABELS[e.kind]} · {formatDate(e.startDate)} · {e.hostPartnerName}
                </p>
              </div>
              {canLink && (
                <Button type="button" variant="ghost" size="sm" onClick={() => onUnlink(e)}>
                  Unlink <span className="sr-only">{e.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canLink && (
        <form
          onSubmit={onLink}
          className="flex flex-wrap items-end gap-2"
          aria-label="Link an event"
        >
          <div className="min-w-0 flex-1">
            <SelectField
              label="Presented at"
              error={error}
              value={eventId}
              onChange={(e) => setEventId(e.target.value)}
              placeholder="Choose a learning event"
              options={options.map((o) => ({
                value: o.id,
                label: `${o.title} (${formatDate(o.startDate)})`,
              }))}
            />
          </div>
          <Button type="submit" variant="outline" disabled={link.isPending}>
            Link event
          </Button>
        </form>
      )}
    </div>
  );
}

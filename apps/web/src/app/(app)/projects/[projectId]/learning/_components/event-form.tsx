"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { eventsUrl, eventUrl } from "@/lib/urls";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { EventFields } from "./event-fields";
import {
  displayEventValue,
  EVENT_LABELS,
  type EventValues,
  emptyEvent,
  toEventInput,
  toEventValues,
} from "./event-values";

type Saved = RouterOutputs["learningEvents"]["get"];

/**
 * Logs a new event or changes one. A change names the version it was based on; when someone
 * else saved first, the form keeps this person's text, shows what is saved now, and the next
 * save is based on that newer version.
 */
export function EventForm({
  projectId,
  event,
  partners,
  defaultHost,
  canChangeHost,
}: {
  projectId: string;
  event: Saved | null;
  partners: { id: string; name: string }[];
  defaultHost: string;
  canChangeHost: boolean;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.learningEvents.create.mutationOptions());
  const update = useMutation(trpc.learningEvents.update.mutationOptions());
  const form = useForm<EventValues>({
    defaultValues: event ? toEventValues(event) : emptyEvent(defaultHost),
  });
  const record = useRecordForm({
    form,
    existing: event !== null,
    initialVersion: event?.version ?? 0,
    labels: EVENT_LABELS,
    load: () => client.learningEvents.get.query({ projectId, eventId: event?.id ?? "" }),
    toValues: toEventValues,
    deletedMessage: "Someone deleted this event. Copy your text before you leave this page.",
  });

  const onSubmit = record.submit(async (values) => {
    // A disabled select may come back empty; only lead coordinators move an event.
    const host = canChangeHost ? values.hostPartnerId : (event?.hostPartnerId ?? defaultHost);
    const input = { projectId, ...toEventInput({ ...values, hostPartnerId: host }) };
    const row = event
      ? await update.mutateAsync({ ...input, eventId: event.id, version: record.version })
      : await create.mutateAsync(input);
    toast.success(
      event ? (record.saved ? "Your version is saved" : "Event saved") : "Event logged",
    );
    await queryClient.invalidateQueries(trpc.learningEvents.pathFilter());
    router.push(eventUrl(projectId, row.id));
    router.refresh();
  });

  return (
    <RecordForm
      form={form}
      record={record}
      label="Learning event"
      what="event"
      display={(k, v) => displayEventValue(k, v, partners)}
      onSubmit={onSubmit}
      cancel={event ? eventUrl(projectId, event.id) : eventsUrl(projectId)}
      submitLabel={event ? "Save event" : "Log event"}
    >
      <EventFields form={form} partners={partners} canChangeHost={canChangeHost} />
    </RecordForm>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmAction } from "@/components/confirm-action";
import { eventsUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";

export function DeleteEvent(props: {
  projectId: string;
  eventId: string;
  version: number;
  title: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.learningEvents.delete.mutationOptions());
  return (
    <ConfirmAction
      title="Delete this event?"
      description={`${props.title}, its participants and recommendations disappear from the partnership's records.`}
      confirmLabel="Delete event"
      conflictMessage="Someone changed this event meanwhile; reload the page and try again."
      action={async () => {
        const { projectId, eventId, version } = props;
        await remove.mutateAsync({ projectId, eventId, version });
        router.push(eventsUrl(projectId));
        return "Event deleted";
      }}
    >
      Delete event
    </ConfirmAction>
  );
}

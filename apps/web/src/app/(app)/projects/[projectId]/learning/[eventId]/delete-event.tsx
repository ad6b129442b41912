"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
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
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.learningEvents.delete.mutationOptions());
  async function onConfirm() {
    setError(null);
    try {
      await remove.mutateAsync({
        projectId: props.projectId,
        eventId: props.eventId,
        version: props.version,
      });
      toast.success("Event deleted");
      router.push(eventsUrl(props.projectId));
      router.refresh();
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "CONFLICT"
          ? "Someone changed this event meanwhile; reload the page and try again."
          : message,
      );
    }
  }
  return (
    <>
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        Delete event
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete this event?"
        description={`${props.title}, its participants and recommendations disappear from the partnership's records.`}
        confirmLabel="Delete event"
        destructive
        pending={remove.isPending}
        error={error}
        onConfirm={onConfirm}
      />
    </>
  );
}

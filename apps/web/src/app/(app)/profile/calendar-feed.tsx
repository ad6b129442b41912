"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { useTRPC } from "@/trpc/react";

/**
 * The personal calendar feed of deliverable deadlines. Only a hash of the secret is stored,
 * so the address is shown once, right after it is made; a new one replaces the old.
 */
export function CalendarFeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const status = useQuery(trpc.notifications.calendarFeed.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.calendarFeed.pathFilter());
  const create = useMutation(trpc.notifications.createCalendarFeed.mutationOptions());
  const revoke = useMutation(trpc.notifications.revokeCalendarFeed.mutationOptions());

  const onCreate = async () => {
    setError(null);
    try {
      setUrl((await create.mutateAsync()).url);
      await refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  const onRevoke = async () => {
    setError(null);
    try {
      await revoke.mutateAsync();
      setUrl(null);
      setConfirming(false);
      toast.success("The calendar address no longer works");
      await refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      toast.success("Address copied");
    } catch {
      toast.error("Could not copy; select the address and copy it yourself");
    }
  };

  const active = status.data?.active ?? false;
  return (
    <div className="grid gap-3 text-sm">
      {error && <Alert variant="error">{error}</Alert>}
      {url ? (
        <div className="grid gap-2">
          <label htmlFor="calendar-url" className="font-medium">
            Your calendar address
          </label>
          <div className="flex gap-2">
            <Input id="calendar-url" readOnly value={url} onFocus={(e) => e.target.select()} />
            <Button type="button" variant="outline" onClick={() => void copy()}>
              Copy
            </Button>
          </div>
          <p className="text-xs text-muted-foreground">
            Add it in Outlook (Add calendar → From Internet) or Google Calendar (Other calendars →
            From URL). Keep it private: anyone with the address sees your deadlines. It is shown
            only now.
          </p>
        </div>
      ) : active ? (
        <p className="text-muted-foreground">
          A calendar address is active
          {status.data?.createdAt ? ` (made on ${formatDate(status.data.createdAt)})` : ""}. For
          security it cannot be shown again; make a new one if you need it.
        </p>
      ) : (
        <p className="text-muted-foreground">You have no calendar address yet.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={create.isPending} onClick={() => void onCreate()}>
          {active ? "Make a new address" : "Make a calendar address"}
        </Button>
        {active && (
          <Button type="button" variant="outline" onClick={() => setConfirming(true)}>
            Revoke
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Revoke the calendar address?"
        description="Calendars that subscribe to it stop receiving your deadlines."
        confirmLabel="Revoke"
        destructive
        pending={revoke.isPending}
        onConfirm={() => void onRevoke()}
      />
    </div>
  );
}

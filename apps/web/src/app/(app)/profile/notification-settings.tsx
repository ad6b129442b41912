"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

type Delivery = "immediately" | "daily_digest" | "off";

const DELIVERY_LABELS: Record<Delivery, string> = {
  immediately: "Immediately",
  daily_digest: "Daily digest",
  off: "Off",
};

/**
 * Per kind of notification: e-mail at once, in the daily digest, or not at all. Everything
 * not off also appears in the notification centre. Each change is saved as it is made.
 */
export function NotificationSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const prefs = useQuery(trpc.notifications.preferences.queryOptions());
  const save = useMutation(
    trpc.notifications.setPreferences.mutationOptions({
      onSuccess: (data) =>
        queryClient.setQueryData(trpc.notifications.preferences.queryKey(), data),
    }),
  );

  const choose = async (kind: string, delivery: Delivery) => {
    setError(null);
    try {
      await save.mutateAsync({
        preferences: [{ kind: kind as "mentioned", delivery }],
      });
      toast.success("Notification settings saved");
    } catch (err) {
      setError(describeError(err).message);
    }
  };

  if (prefs.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (prefs.isError) return <Alert variant="error">{describeError(prefs.error).message}</Alert>;
  return (
    <div className="grid gap-3">
      {error && <Alert variant="error">{error}</Alert>}
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-muted-foreground">
            <th className="py-1 font-medium">Notification</th>
            {(Object.keys(DELIVERY_LABELS) as Delivery[]).map((d) => (
              <th key={d} className="px-2 py-1 text-center font-medium">
                {DELIVERY_LABELS[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {prefs.data.map((p) => (
            <tr key={p.kind} className="border-t">
              <th scope="row" className="py-2 text-left font-normal">
                {p.label}
              </th>
              {(Object.keys(DELIVERY_LABELS) as Delivery[]).map((d) => (
                <td key={d} className="px-2 py-2 text-center">
                  <input
                    type="radio"
                    name={`notify-${p.kind}`}
                    aria-label={`${p.label}: ${DELIVERY_LABELS[d]}`}
                    checked={p.delivery === d}
                    disabled={save.isPending}
                    onChange={() => void choose(p.kind, d)}
                    className="size-4 accent-primary"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-muted-foreground">
        The daily digest is one e-mail each morning with what you have not read yet.
      </p>
    </div>
  );
}

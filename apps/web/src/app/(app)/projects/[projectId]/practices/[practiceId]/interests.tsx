"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { COUNTRIES } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect, Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { useTRPC } from "@/trpc/react";

type Interest = RouterOutputs["goodPractices"]["get"]["interests"][number];

/** Partners interested in transferring the practice to their region, with their notes. */
export function Interests({
  projectId,
  practiceId,
  ownerPartnerId,
  interests,
  partners,
  canRecord,
  forAnyPartner,
}: {
  projectId: string;
  practiceId: string;
  ownerPartnerId: string;
  interests: Interest[];
  partners: { id: string; name: string }[];
  /** Whether this person may record an interest now (the API's rule). */
  canRecord: boolean;
  /** Lead coordinators choose the interested partner; editors speak for their own. */
  forAnyPartner: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.goodPractices.interests.add.mutationOptions());
  const remove = useMutation(trpc.goodPractices.interests.remove.mutationOptions());
  const [note, setNote] = useState("");
  const [partnerId, setPartnerId] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [withdrawing, setWithdrawing] = useState<Interest | null>(null);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const others = partners.filter(
    (p) => p.id !== ownerPartnerId && !interests.some((i) => i.partnerId === p.id),
  );

  async function onRecord(e: React.FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await add.mutateAsync({
        projectId,
        goodPracticeId: practiceId,
        note,
        ...(forAnyPartner && partnerId ? { partnerId } : {}),
      });
      setNote("");
      toast.success("Interest recorded");
      router.refresh();
    } catch (err) {
      const d = describeError(err);
      setErrors(Object.keys(d.fieldErrors).length ? d.fieldErrors : { note: [d.message] });
    }
  }

  async function onWithdraw() {
    if (!withdrawing) return;
    try {
      await remove.mutateAsync({ projectId, interestId: withdrawing.id });
      toast.success("Interest withdrawn");
      setWithdrawing(null);
      router.refresh();
    } catch (err) {
      setWithdrawError(describeError(err).message);
    }
  }

  return (
    <div className="grid gap-4">
      {interests.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No other partner has recorded an interest yet.
        </p>
      ) : (
        <ul className="divide-y text-sm">
          {interests.map((i) => (
            <li key={i.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="font-medium">
                  {i.partnerName} ({COUNTRIES[i.country] ?? i.country})
                </p>
                {i.note && <p className="whitespace-pre-line break-words">{i.note}</p>}
                <p className="text-xs text-muted-foreground">
                  {i.createdByName ?? "Someone"} · {formatDate(new Date(i.createdAt))}
                </p>
              </div>
              {i.can.withdraw && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  onClick={() => {
                    setWithdrawError(null);
                    setWithdrawing(i);
                  }}
                >
                  Withdraw <span className="sr-only">{i.partnerName}'s interest</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRecord && (
        <form onSubmit={onRecord} className="grid gap-3" noValidate aria-label="Record an interest">
          {forAnyPartner && (
            <Field label="Interested partner" error={errors.partnerId}>
              {(p) => (
                <NativeSelect
                  {...p}
                  value={partnerId}
                  onChange={(e) => setPartnerId(e.target.value)}
                >
                  <option value="">Choose a partner</option>
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          )}
          <Field
            label="Note"
            hint="What your region would like to transfer, and why"
            error={errors.note ?? (forAnyPartner ? undefined : errors.partnerId)}
          >
            {(p) => (
              <Textarea {...p} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
            )}
          </Field>
          <div>
            <Button type="submit" disabled={add.isPending}>
              {forAnyPartner ? "Record interest" : "Record my region's interest"}
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={withdrawing !== null}
        onOpenChange={(o) => !o && setWithdrawing(null)}
        title="Withdraw this interest?"
        description={`${withdrawing?.partnerName ?? "The partner"} will no longer be listed as interested.`}
        confirmLabel="Withdraw"
        destructive
        pending={remove.isPending}
        error={withdrawError}
        onConfirm={onWithdraw}
      />
    </div>
  );
}

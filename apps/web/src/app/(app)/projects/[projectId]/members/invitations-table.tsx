"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ColumnHeads } from "@/components/column-heads";
import { DateTime } from "@/components/date-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { STICKY_END_CELL, Table, TBody, TD, TR } from "@/components/ui/table";
import { describeError } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/labels";
import { useTRPC } from "@/trpc/react";
import type { InvitationRow } from "./member-types";

export function InvitationsTable({
  projectId,
  invitations,
}: {
  projectId: string;
  invitations: InvitationRow[];
}) {
  const router = useRouter();
  const trpc = useTRPC();
  const resend = useMutation(trpc.members.resendInvitation.mutationOptions());
  const revoke = useMutation(trpc.members.revokeInvitation.mutationOptions());
  const [withdrawing, setWithdrawing] = useState<InvitationRow | null>(null);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);

  async function onResend(inv: InvitationRow) {
    try {
      await resend.mutateAsync({ projectId, invitationId: inv.id });
      toast.success(`A new link was sent to ${inv.email}`);
      router.refresh();
    } catch (err) {
      toast.error(describeError(err).message);
      router.refresh();
    }
  }

  async function onWithdraw() {
    if (!withdrawing) return;
    setWithdrawError(null);
    try {
      await revoke.mutateAsync({ projectId, invitationId: withdrawing.id });
      toast.success(`Invitation to ${withdrawing.email} withdrawn`);
      setWithdrawing(null);
      router.refresh();
    } catch (err) {
      setWithdrawError(describeError(err).message);
      router.refresh();
    }
  }

  if (invitations.length === 0)
    return <p className="text-sm text-muted-foreground">No pending invitations.</p>;

  return (
    <>
      <Table label="Invitations" className="min-w-[46rem]">
        <ColumnHeads
          columns={[
            "E-mail",
            "Role",
            "Partner",
            "Expires",
            "Invited by",
            { label: "Actions", srOnly: true, className: STICKY_END_CELL },
          ]}
        />
        <TBody>
          {invitations.map((inv) => (
            <TR key={inv.id}>
              <TD className="whitespace-nowrap font-medium">{inv.email}</TD>
              <TD className="whitespace-nowrap">{ROLE_LABELS[inv.role]}</TD>
              <TD>{inv.partnerName ?? <span className="text-muted-foreground">—</span>}</TD>
              <TD className="whitespace-nowrap">
                {inv.expired ? (
                  <Badge variant="warning">Expired</Badge>
                ) : (
                  <DateTime value={inv.expiresAt} />
                )}
              </TD>
              <TD>{inv.invitedBy ?? <span className="text-muted-foreground">—</span>}</TD>
              <TD className={STICKY_END_CELL}>
                <div className="flex justify-end gap-2">
                  <Button
                    variant="outline"
                    size="sm"
                    disabled={resend.isPending}
                    onClick={() => onResend(inv)}
                  >
                    Send again<span className="sr-only"> to {inv.email}</span>
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setWithdrawing(inv)}>
                    Withdraw<span className="sr-only"> invitation to {inv.email}</span>
                  </Button>
                </div>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <ConfirmDialog
        open={Boolean(withdrawing)}
        onOpenChange={(open) => {
          if (!open) {
            setWithdrawing(null);
            setWithdrawError(null);
          }
        }}
        title={`Withdraw the invitation to ${withdrawing?.email ?? ""}?`}
        description="The link in their e-mail stops working. You can invite them again later."
        confirmLabel="Withdraw invitation"
        destructive
        pending={revoke.isPending}
        error={withdrawError}
        onConfirm={onWithdraw}
      />
    </>
  );
}

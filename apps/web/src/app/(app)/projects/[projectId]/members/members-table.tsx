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
import { ChangeRoleDialog } from "./change-role-dialog";
import type { MemberRow, PartnerOption } from "./member-types";

function Status({ m }: { m: MemberRow }) {
  if (!m.accountActive) return <Badge variant="warning">Account disabled</Badge>;
  return m.isActive ? (
    <Badge variant="success">Active</Badge>
  ) : (
    <Badge variant="secondary">Deactivated</Badge>
  );
}

export function MembersTable({
  projectId,
  members,
  partners,
  currentUserId,
}: {
  projectId: string;
  members: MemberRow[];
  partners: PartnerOption[];
  currentUserId: string | null;
}) {
  const router = useRouter();
  const trpc = useTRPC();
  const setActive = useMutation(trpc.members.setActive.mutationOptions());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [togglingId, setTogglingId] = useState<string | null>(null);
  const [toggleError, setToggleError] = useState<string | null>(null);
  // Look the rows up in the latest props, so a dialog always holds the current version.
  const editing = members.find((m) => m.id === editingId);
  const toggling = members.find((m) => m.id === togglingId);

  function closeToggle() {
    setTogglingId(null);
    setToggleError(null);
  }

  async function confirmToggle() {
    if (!toggling) return;
    const active = !toggling.isActive;
    setToggleError(null);
    try {
      await setActive.mutateAsync({
        projectId,
        membershipId: toggling.id,
        active,
        version: toggling.version,
      });
      toast.success(`${toggling.name} ${active ? "reactivated" : "deactivated"}`);
      closeToggle();
      router.refresh();
    } catch (err) {
      const { message, code } = describeError(err);
      setToggleError(message);
      if (code === "CONFLICT") router.refresh();
    }
  }

  if (members.length === 0) return <p className="text-sm text-muted-foreground">No members yet.</p>;

  return (
    <>
      <Table label="Members" className="min-w-[52rem]">
        <ColumnHeads
          columns={[
            "Name",
            "E-mail",
            "Partner",
            "Role",
            "Status",
            "Last change",
            // The actions column stays in view at the right edge while the rest scrolls.
            { label: "Actions", srOnly: true, className: STICKY_END_CELL },
          ]}
        />
        <TBody>
          {members.map((m) => (
            <TR key={m.id}>
              <TD className="whitespace-nowrap font-medium">
                {m.name}
                {m.userId === currentUserId && (
                  <span className="ml-1 text-xs text-muted-foreground">(you)</span>
                )}
              </TD>
              <TD className="whitespace-nowrap">{m.email}</TD>
              <TD>{m.partnerName ?? <span className="text-muted-foreground">—</span>}</TD>
              <TD className="whitespace-nowrap">{ROLE_LABELS[m.role]}</TD>
              <TD>
                <Status m={m} />
              </TD>
              <TD className="whitespace-nowrap text-muted-foreground">
                <DateTime value={m.lastChange} />
              </TD>
              <TD className={STICKY_END_CELL}>
                <div className="flex justify-end gap-2">
                  <Button variant="outline" size="sm" onClick={() => setEditingId(m.id)}>
                    Change role<span className="sr-only"> of {m.name}</span>
                  </Button>
                  {m.userId !== currentUserId && (
                    <Button
                      variant={m.isActive ? "ghost" : "outline"}
                      size="sm"
                      onClick={() => setTogglingId(m.id)}
                    >
                      {m.isActive ? "Deactivate" : "Reactivate"}
                      <span className="sr-only"> {m.name}</span>
                    </Button>
                  )}
                </div>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {editing && (
        <ChangeRoleDialog
          key={editing.id}
          projectId={projectId}
          member={editing}
          partners={partners}
          onClose={() => setEditingId(null)}
        />
      )}
      <ConfirmDialog
        open={Boolean(toggling)}
        onOpenChange={(open) => !open && closeToggle()}
        title={
          toggling?.isActive ? `Deactivate ${toggling.name}?` : `Reactivate ${toggling?.name}?`
        }
        description={
          toggling?.isActive
            ? "They lose access to this project at once. Everything they wrote stays, and you can reactivate them later."
            : "They can open this project again with their current role."
        }
        confirmLabel={toggling?.isActive ? "Deactivate" : "Reactivate"}
        destructive={toggling?.isActive}
        pending={setActive.isPending}
        error={toggleError}
        onConfirm={confirmToggle}
      />
    </>
  );
}

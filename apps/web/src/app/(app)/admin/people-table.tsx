"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ColumnHeads } from "@/components/column-heads";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { describeError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { useTRPC } from "@/trpc/react";

type Person = RouterOutputs["admin"]["users"][number];

export function PeopleTable({
  people,
  currentUserId,
}: {
  people: Person[];
  currentUserId: string;
}) {
  const router = useRouter();
  const trpc = useTRPC();
  const setActive = useMutation(trpc.admin.setUserActive.mutationOptions());
  const [targetId, setTargetId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const target = people.find((p) => p.id === targetId);

  function close() {
    setTargetId(null);
    setError(null);
  }

  async function confirm() {
    if (!target) return;
    const active = !target.isActive;
    setError(null);
    try {
      await setActive.mutateAsync({ userId: target.id, active });
      toast.success(`${target.name}'s account ${active ? "reactivated" : "deactivated"}`);
      close();
      router.refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  return (
    <>
      <Table label="People" className="min-w-[46rem]">
        <ColumnHeads
          columns={[
            "Name",
            "E-mail",
            "Projects",
            "Status",
            "Since",
            { label: "Actions", srOnly: true },
          ]}
        />
        <TBody>
          {people.map((p) => (
            <TR key={p.id}>
              <TD className="whitespace-nowrap font-medium">
                {p.name}
                {p.id === currentUserId && (
                  <span className="ml-1 text-xs text-muted-foreground">(you)</span>
                )}
              </TD>
              <TD className="whitespace-nowrap">{p.email}</TD>
              <TD>{p.projectCount}</TD>
              <TD>
                <div className="flex flex-wrap gap-1">
                  {p.isActive ? (
                    <Badge variant="success">Active</Badge>
                  ) : (
                    <Badge variant="secondary">Deactivated</Badge>
                  )}
                  {p.isAdmin && <Badge variant="outline">Admin</Badge>}
                </div>
              </TD>
              <TD className="whitespace-nowrap text-muted-foreground">{formatDate(p.createdAt)}</TD>
              <TD className="text-right">
                {p.id !== currentUserId && (
                  <Button
                    variant={p.isActive ? "ghost" : "outline"}
                    size="sm"
                    onClick={() => setTargetId(p.id)}
                  >
                    {p.isActive ? "Deactivate" : "Reactivate"}
                    <span className="sr-only"> {p.name}</span>
                  </Button>
                )}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <ConfirmDialog
        open={Boolean(target)}
        onOpenChange={(open) => !open && close()}
        title={`${target?.isActive ? "Deactivate" : "Reactivate"} ${target?.name ?? ""}'s account?`}
        description={
          target?.isActive
            ? "They are signed out everywhere at once and cannot sign in to any project. Their work stays."
            : "They can sign in again and open the projects where they are active members."
        }
        confirmLabel={target?.isActive ? "Deactivate account" : "Reactivate account"}
        destructive={target?.isActive}
        pending={setActive.isPending}
        error={error}
        onConfirm={confirm}
      />
    </>
  );
}

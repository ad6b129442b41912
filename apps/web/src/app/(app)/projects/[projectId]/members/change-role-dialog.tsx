"use client";

import { roleNeedsPartner } from "@consortia/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { ROLE_LABELS } from "@/lib/labels";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC } from "@/trpc/react";
import type { MemberRow, PartnerOption } from "./member-types";
import { checkPartnerChosen, RoleFields, rolePartnerShape } from "./role-fields";

const schema = z.object(rolePartnerShape).superRefine(checkPartnerChosen);
type FormIn = z.input<typeof schema>;
type FormOut = z.output<typeof schema>;

/** Opened for one member; `member` is re-read from fresh server data, so its version is current. */
export function ChangeRoleDialog({
  projectId,
  member,
  partners,
  onClose,
}: {
  projectId: string;
  member: MemberRow;
  partners: PartnerOption[];
  onClose: () => void;
}) {
  const router = useRouter();
  const trpc = useTRPC();
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(schema),
    defaultValues: { role: member.role, partnerId: member.partnerId ?? "" },
  });
  useUnsavedChangesGuard(form.formState.isDirty);
  const { errors } = form.formState;

  async function onSubmit(v: FormOut) {
    setError(null);
    try {
      await changeRole.mutateAsync({
        projectId,
        membershipId: member.id,
        role: v.role,
        partnerId: roleNeedsPartner(v.role) ? v.partnerId : null,
        version: member.version,
      });
      toast.success(`${member.name} is now ${ROLE_LABELS[v.role]?.toLowerCase()}`);
      onClose();
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError(message);
      showFieldErrors(form, fieldErrors, { fields: ["role", "partnerId"] });
      // Someone else changed this membership: fetch the current version so a retry can work.
      if (code === "CONFLICT") router.refresh();
    }
  }

  return (
    <TitledDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={<>Change the role of {member.name}</>}
      description={
        <>
          Now {ROLE_LABELS[member.role]?.toLowerCase()}{" "}
          {member.partnerName ? ` for ${member.partnerName}` : ""}. The change counts at once.
        </>
      }
    >
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        {error && <Alert variant="error">{error}</Alert>}
        <RoleFields
          role={form.watch("role")}
          roleField={form.register("role")}
          partnerField={form.register("partnerId")}
          partners={partners}
          errors={{ role: errors.role?.message, partnerId: errors.partnerId?.message }}
        />
        <DialogButtons onCancel={onClose} pending={form.formState.isSubmitting} label="Save role" />
      </form>
    </TitledDialog>
  );
}

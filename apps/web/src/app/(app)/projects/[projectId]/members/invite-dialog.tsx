"use client";

import { roleNeedsPartner } from "@consortia/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { fieldsOf, TextField } from "@/components/form-fields";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC } from "@/trpc/react";
import type { PartnerOption } from "./member-types";
import { checkPartnerChosen, RoleFields, rolePartnerShape } from "./role-fields";

const schema = z
  .object({
    email: z
      .string()
      .trim()
      .min(1, "Enter the person's e-mail address")
      .pipe(z.email("Not an e-mail address")),
    ...rolePartnerShape,
  })
  .superRefine(checkPartnerChosen);

type FormIn = z.input<typeof schema>;
type FormOut = z.output<typeof schema>;
const FIELDS = ["email", "role", "partnerId"] as const;

export function InviteDialog({
  projectId,
  partners,
}: {
  projectId: string;
  partners: PartnerOption[];
}) {
  const router = useRouter();
  const trpc = useTRPC();
  const invite = useMutation(trpc.members.invite.mutationOptions());
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(schema),
    defaultValues: { email: "", role: "", partnerId: "" },
  });
  useUnsavedChangesGuard(form.formState.isDirty);
  const { errors } = form.formState;
  const field = fieldsOf(form);
  const role = form.watch("role");

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      form.reset();
      setError(null);
    }
  }

  async function onSubmit(v: FormOut) {
    setError(null);
    try {
      await invite.mutateAsync({
        projectId,
        email: v.email,
        role: v.role,
        partnerId: roleNeedsPartner(v.role) ? v.partnerId : null,
      });
      toast.success(`Invitation sent to ${v.email}`);
      onOpenChange(false);
      router.refresh();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      showFieldErrors(form, fieldErrors, { fields: FIELDS });
    }
  }

  return (
    <TitledDialog
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button>
          <UserPlus aria-hidden /> Invite a person
        </Button>
      }
      title="Invite a person"
      description="They receive an e-mail with a link to join the project. The link works once."
    >
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        {error && <Alert variant="error">{error}</Alert>}
        <TextField label="E-mail" type="email" autoComplete="off" {...field("email")} />
        <RoleFields
          role={role}
          roleField={form.register("role")}
          partnerField={form.register("partnerId")}
          partners={partners}
          errors={{ role: errors.role?.message, partnerId: errors.partnerId?.message }}
        />
        <DialogButtons
          onCancel={() => onOpenChange(false)}
          pending={form.formState.isSubmitting}
          label="Send invitation"
          pendingLabel="Sending…"
        />
      </form>
    </TitledDialog>
  );
}

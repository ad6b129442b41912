"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { fieldsOf, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { useTRPC } from "@/trpc/react";

export function NameForm({ name }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ defaultValues: { name } });
  useUnsavedChangesGuard(form.formState.isDirty);
  const { isSubmitting, isDirty } = form.formState;
  const field = fieldsOf(form);
  const update = useMutation(trpc.account.updateProfile.mutationOptions());

  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      const saved = await update.mutateAsync({ name: v.name });
      toast.success("Your name was saved");
      form.reset({ name: saved.name });
      // The header shows the name too.
      router.refresh();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      if (fieldErrors.name?.length) form.setError("name", { message: fieldErrors.name.join(" ") });
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <TextField label="Full name" autoComplete="name" {...field("name")} />
      <div>
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Saving…" : "Save name"}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { newPassword } from "@consortia/api/schemas";
import { PASSWORD_MIN_LENGTH } from "@consortia/auth/rules";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { useTRPC } from "@/trpc/react";

// The API checks the password rules again; the repeat only exists in the browser.
const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword,
    repeatPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.repeatPassword, {
    path: ["repeatPassword"],
    message: "The two new passwords are not the same",
  });

type Values = z.infer<typeof passwordSchema>;

/** After a change the server ends every session of the person, so this one signs out too. */
export function PasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: "", newPassword: "", repeatPassword: "" },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const change = useMutation(trpc.account.changePassword.mutationOptions());

  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await change.mutateAsync({ currentPassword: v.currentPassword, newPassword: v.newPassword });
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      showFieldErrors(form, fieldErrors, { fields: ["currentPassword", "newPassword"] });
      throw err;
    }
    toast.success("Password changed. Sign in again with the new one.");
    await signOut({ callbackUrl: "/sign-in?notice=password" });
  });

  return (
    <form
      onSubmit={(e) => void onSubmit(e).catch(() => undefined)}
      className="grid gap-4"
      noValidate
    >
      {error && <Alert variant="error">{error}</Alert>}
      {/* Lets password managers store the new password against the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Field label="Current password" error={errors.currentPassword?.message}>
        {(p) => (
          <Input
            {...p}
            type="password"
            autoComplete="current-password"
            {...form.register("currentPassword")}
          />
        )}
      </Field>
      <Field
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.newPassword?.message}
      >
        {(p) => (
          <Input
            {...p}
            type="password"
            autoComplete="new-password"
            {...form.register("newPassword")}
          />
        )}
      </Field>
      <Field label="Repeat the new password" error={errors.repeatPassword?.message}>
        {(p) => (
          <Input
            {...p}
            type="password"
            autoComplete="new-password"
            {...form.register("repeatPassword")}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting || isSubmitSuccessful}>
          {isSubmitting || isSubmitSuccessful ? "Changing password…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}

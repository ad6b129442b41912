"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { fieldsOf, TextField } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

const schema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your e-mail address")
    .pipe(z.email("Not an e-mail address")),
});
type Values = z.infer<typeof schema>;

const backToSignIn = (
  <TextLink href="/sign-in" className="text-center text-sm">
    Back to sign in
  </TextLink>
);

export function RequestResetForm({ linkMinutes }: { linkMinutes: number }) {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: "" } });
  const { isSubmitting } = form.formState;
  const field = fieldsOf(form);

  async function onSubmit(v: Values) {
    setError(null);
    try {
      await request.mutateAsync({ email: v.email });
      setSentTo(v.email);
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      const msg = fieldErrors.email?.join(" ");
      if (msg) form.setError("email", { message: msg });
    }
  }

  // The same answer whether or not an account exists, so the form reveals no addresses.
  if (sentTo)
    return (
      <div className="grid gap-4">
        <Alert variant="success">
          If there is an active account for {sentTo}, we have sent it a link to choose a new
          password. The link works once and expires in {linkMinutes} minutes. Nothing there? Check
          your spam folder or ask your lead coordinator.
        </Alert>
        {backToSignIn}
      </div>
    );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <TextField label="E-mail" type="email" autoComplete="username" {...field("email")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Sending…" : "Send reset link"}
      </Button>
      {backToSignIn}
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { checkRepeat, newPasswordShape, PASSWORD_MIN_LENGTH } from "../../new-password";

type Values = { password: string; repeat: string };

const schema = z.object(newPasswordShape).superRefine(checkRepeat);

export function InvalidResetLink({ message }: { message: string }) {
  return (
    <div className="grid gap-4">
      <Alert variant="error">
        {message} Reset links work once and expire after a while; ask for a new one.
      </Alert>
      <Button asChild>
        <Link href="/reset-password">Ask for a new link</Link>
      </Button>
    </div>
  );
}

export function NewPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const trpc = useTRPC();
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [linkGone, setLinkGone] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { password: "", repeat: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(v: Values) {
    setError(null);
    try {
      await reset.mutateAsync({ token, password: v.password });
      setDone(true);
      router.push("/sign-in?notice=reset");
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (code === "NOT_FOUND") {
        setLinkGone(message);
        return;
      }
      setError(message);
      const msg = fieldErrors.password?.join(" ");
      if (msg) form.setError("password", { message: msg });
    }
  }

  if (linkGone) return <InvalidResetLink message={linkGone} />;

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <Field
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.password?.message}
      >
        {(p) => (
          <Input
            {...p}
            type="password"
            autoComplete="new-password"
            {...form.register("password")}
          />
        )}
      </Field>
      <Field label="Repeat password" error={errors.repeat?.message}>
        {(p) => (
          <Input {...p} type="password" autoComplete="new-password" {...form.register("repeat")} />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting || done}>
        {isSubmitting ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { fieldsOf, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { useTRPC } from "@/trpc/react";
import { checkRepeat, newPasswordShape, PASSWORD_MIN_LENGTH } from "../../new-password";

type Values = { name: string; password: string; repeat: string };

function schemaFor(accountExists: boolean) {
  // Someone with an account proves it with their existing password; a new person chooses one.
  if (accountExists)
    return z.object({
      name: z.string(),
      password: z.string().min(1, "Enter your password"),
      repeat: z.string(),
    });
  return z
    .object({
      name: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
      ...newPasswordShape,
    })
    .superRefine(checkRepeat);
}

export function AcceptForm({
  token,
  email,
  accountExists,
}: {
  token: string;
  email: string;
  accountExists: boolean;
}) {
  const router = useRouter();
  const trpc = useTRPC();
  const accept = useMutation(trpc.account.acceptInvitation.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const schema = useMemo(() => schemaFor(accountExists), [accountExists]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", password: "", repeat: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const field = fieldsOf(form);
  const [done, setDone] = useState(false);

  async function onSubmit(v: Values) {
    setError(null);
    try {
      const res = await accept.mutateAsync({
        token,
        password: v.password,
        ...(accountExists ? {} : { name: v.name }),
      });
      const qs = new URLSearchParams({
        notice: accountExists ? "joined" : "invited",
        email: res.email,
      });
      setDone(true);
      router.push(`/sign-in?${qs}`);
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      showFieldErrors(form, fieldErrors, { fields: ["name", "password"] });
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
      {error && <Alert variant="error">{error}</Alert>}
      <TextField
        label="E-mail"
        hint="The address the invitation was sent to."
        type="email"
        value={email}
        readOnly
        autoComplete="username"
      />
      {!accountExists && (
        <TextField
          label="Your name"
          hint="As your partners will see it."
          autoComplete="name"
          {...field("name")}
        />
      )}
      <Field
        label="Password"
        hint={
          accountExists
            ? "You already have a Consortia account: enter its password to add this project to it."
            : `At least ${PASSWORD_MIN_LENGTH} characters.`
        }
        error={errors.password?.message}
      >
        {(p) => (
          <Input
            {...p}
            type="password"
            autoComplete={accountExists ? "current-password" : "new-password"}
            {...form.register("password")}
          />
        )}
      </Field>
      {!accountExists && (
        <Field label="Repeat password" error={errors.repeat?.message}>
          {(p) => (
            <Input
              {...p}
              type="password"
              autoComplete="new-password"
              {...form.register("repeat")}
            />
          )}
        </Field>
      )}
      <Button type="submit" disabled={isSubmitting || done}>
        {isSubmitting ? "Joining…" : "Accept invitation"}
      </Button>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextLink } from "@/components/text-link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const NOTICES: Record<string, string> = {
  invited: "Welcome! Your account is ready: sign in with your new password.",
  joined: "You joined the project. Sign in with your existing password to open it.",
  reset: "Your password was changed. Sign in with the new one.",
  password: "Your password was changed and your sessions were ended. Sign in with the new one.",
  expired: "Your session ended. Please sign in again.",
};

async function signIn(email: string, password: string, callbackUrl: string) {
  const csrf = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({
      email,
      password,
      csrfToken: csrf.csrfToken,
      callbackUrl,
      json: "true",
    }),
  });
  if (res.status === 429) {
    const body = (await res.json()) as { message: string };
    return { ok: false as const, message: body.message };
  }
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const error = body.url
    ? new URL(body.url, window.location.origin).searchParams.get("error")
    : "unknown";
  if (!error) return { ok: true as const };
  if (error.startsWith("throttled:")) {
    const minutes = Math.ceil(Number(error.slice("throttled:".length)) / 60);
    return {
      ok: false as const,
      message: `Too many sign-in attempts. Wait ${minutes} minute(s) and try again.`,
    };
  }
  return { ok: false as const, message: "The e-mail or password is not right." };
}

export function SignInForm({
  callbackUrl,
  defaultEmail,
  notice,
}: {
  callbackUrl: string;
  defaultEmail: string;
  notice: string | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn(
        String(form.get("email")),
        String(form.get("password")),
        callbackUrl,
      );
      if (result.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(result.message);
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {notice && NOTICES[notice] && <Alert variant="success">{NOTICES[notice]}</Alert>}
      {error && <Alert variant="error">{error}</Alert>}
      <Field label="E-mail">
        {(p) => (
          <Input
            {...p}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={defaultEmail}
          />
        )}
      </Field>
      <Field label="Password">
        {(p) => (
          <Input {...p} name="password" type="password" autoComplete="current-password" required />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <TextLink href="/reset-password" className="text-center text-sm">
        Forgot your password?
      </TextLink>
    </form>
  );
}

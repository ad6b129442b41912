import { safeCallbackPath } from "@consortia/auth/redirect";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentActor } from "@/server/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; email?: string; notice?: string }>;
}) {
  const params = await searchParams;
  // Followed here and by the form after signing in: a path on this site, or home.
  const callbackUrl = safeCallbackPath(params.callbackUrl, "/projects");
  if (await currentActor()) redirect(callbackUrl);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <span className="sr-only">Consortia: </span>Sign in
        </CardTitle>
        <CardDescription>
          Your partnership&apos;s shared workspace. Accounts are created by invitation.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm
          callbackUrl={callbackUrl}
          defaultEmail={params.email ?? ""}
          notice={params.notice ?? null}
        />
      </CardContent>
    </Card>
  );
}

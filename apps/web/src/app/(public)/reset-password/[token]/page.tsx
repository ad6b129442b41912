import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { InvalidResetLink, NewPasswordForm } from "./new-password-form";

export const metadata: Metadata = { title: "Set a new password" };

// Same rule as the API's link tokens; a mangled link is caught before anyone types.
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return (
    <Card>
      <CardHeader>
        <h1 className="text-lg font-semibold leading-tight">Set a new password</h1>
        <CardDescription>
          Choose a new password for your Consortia account. You are signed out everywhere and sign
          in again with the new one.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {TOKEN.test(token) ? (
          <NewPasswordForm token={token} />
        ) : (
          <InvalidResetLink message="This reset link is not complete or not valid." />
        )}
      </CardContent>
    </Card>
  );
}

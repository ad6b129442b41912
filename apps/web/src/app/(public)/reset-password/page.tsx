import { getServerDeps } from "@consortia/api";
import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { RequestResetForm } from "./request-reset-form";

export const metadata: Metadata = { title: "Forgot password" };
// Rendered per request: the CSP nonce and the configured link lifetime are read at run time.
export const dynamic = "force-dynamic";

export default async function ForgotPasswordPage() {
  const { config } = await getServerDeps();
  return (
    <Card>
      <CardHeader>
        <h1 className="text-lg font-semibold leading-tight">Forgot your password?</h1>
        <CardDescription>
          Enter the e-mail address of your account and we send you a link to choose a new password.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <RequestResetForm linkMinutes={config.passwordResetTtlMinutes} />
      </CardContent>
    </Card>
  );
}

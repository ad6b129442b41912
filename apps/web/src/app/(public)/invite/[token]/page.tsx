import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { AcceptForm } from "./accept-form";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await serverApi();
  const invitation = await api.account.invitation({ token }).catch((err: unknown) => {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST"))
      return null;
    throw err;
  });

  if (!invitation) {
    return (
      <Card>
        <CardHeader>
          <h1 className="text-lg font-semibold leading-tight">
            This invitation link does not work
          </h1>
          <CardDescription>
            It has expired, was already used, or was replaced by a newer invitation.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3 text-sm">
          <p>
            Ask the lead coordinator of your project to send you a new invitation: each link works
            once, and sending again makes a fresh one.
          </p>
          <p>
            Already accepted it?{" "}
            <Link href="/sign-in" className="text-primary underline underline-offset-4">
              Sign in
            </Link>{" "}
            with your e-mail and password.
          </p>
        </CardContent>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <h1 className="text-lg font-semibold leading-tight">
          Join {invitation.projectAcronym} on Consortia
        </h1>
        <CardDescription>{invitation.projectTitle}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-muted-foreground">Partner</dt>
          <dd>{invitation.partnerName ?? "None (observers belong to no partner)"}</dd>
          <dt className="text-muted-foreground">Role</dt>
          <dd className="first-letter:uppercase">{invitation.roleLabel}</dd>
          <dt className="text-muted-foreground">Link valid until</dt>
          <dd>{formatDate(invitation.expiresAt)}</dd>
        </dl>
        <AcceptForm
          token={token}
          email={invitation.email}
          accountExists={invitation.accountExists}
        />
      </CardContent>
    </Card>
  );
}

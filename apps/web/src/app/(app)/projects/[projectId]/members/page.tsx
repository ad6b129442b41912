import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { serverApi } from "@/server/api";
import { currentActor } from "@/server/auth";
import { InvitationsTable } from "./invitations-table";
import { InviteDialog } from "./invite-dialog";
import { MembersTable } from "./members-table";

export const metadata: Metadata = { title: "Members" };

/** Latest audit entry per record: the log is newest first, so the first hit wins. */
function latestBy<T extends { entityId: string | null }>(rows: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of rows) if (r.entityId && !map.has(r.entityId)) map.set(r.entityId, r);
  return map;
}

export default async function MembersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const api = await serverApi();
  const list = await api.members.list({ projectId }).catch((err: unknown) => {
    if (err instanceof TRPCError && err.code === "FORBIDDEN") return null;
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST"))
      notFound();
    throw err;
  });
  if (!list) {
    return (
      <div className="grid gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
        <Alert>
          Only the project&apos;s lead coordinators manage its members. Ask one of them if someone
          should join, leave or change role.
        </Alert>
      </div>
    );
  }
  const [overview, memberLog, invitationLog, actor] = await Promise.all([
    api.projects.overview({ projectId }),
    api.audit.list({ projectId, entity: "membership", limit: 200 }),
    api.audit.list({ projectId, entity: "invitation", limit: 200 }),
    currentActor(),
  ]);
  const lastMemberChange = latestBy(memberLog.items);
  const invitedBy = latestBy(
    invitationLog.items.filter((e) => e.action === "create" || e.action === "resend"),
  );
  const partners = overview.partners.map((p) => ({
    id: p.id,
    name: p.name,
    shortName: p.shortName,
  }));
  const members = list.members.map((m) => ({
    ...m,
    lastChange: lastMemberChange.get(m.id)?.at ?? m.createdAt,
  }));
  const invitations = list.invitations.map((i) => ({
    ...i,
    invitedBy: invitedBy.get(i.id)?.actorName ?? null,
  }));
  const activeCount = members.filter((m) => m.isActive && m.accountActive).length;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
          <p className="text-sm text-muted-foreground">
            Who works in {overview.project.acronym}, for which partner and with which role.
          </p>
        </div>
        <InviteDialog projectId={projectId} partners={partners} />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>People</CardTitle>
          <CardDescription>
            {activeCount} active of {members.length}. Deactivated people keep their history but can
            no longer open the project.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <MembersTable
            projectId={projectId}
            members={members}
            partners={partners}
            currentUserId={actor?.userId ?? null}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Pending invitations</CardTitle>
          <CardDescription>
            Each link works once. Sending again replaces the old link with a new one.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <InvitationsTable projectId={projectId} invitations={invitations} />
        </CardContent>
      </Card>
    </div>
  );
}

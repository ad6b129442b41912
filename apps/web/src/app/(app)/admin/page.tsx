import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { serverApi } from "@/server/api";
import { currentActor } from "@/server/auth";
import { CreateProjectForm } from "./create-project-form";
import { OutboxList } from "./outbox-list";
import { PeopleTable } from "./people-table";

export const metadata: Metadata = { title: "Administration" };

const OUTBOX_LIMIT = 50;

export default async function AdminPage() {
  const actor = await currentActor();
  if (!actor?.isAdmin) notFound();
  const api = await serverApi();
  const [people, mails] = await Promise.all([
    api.admin.users(),
    api.admin.outbox({ limit: OUTBOX_LIMIT }),
  ]);

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Administration</h1>
        <p className="text-sm text-muted-foreground">
          Create projects, manage accounts on this instance and read the e-mail it sent.
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Create a project</CardTitle>
          <CardDescription>
            The project starts with its lead partner. Its first lead coordinator gets an invitation
            and takes it from there.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CreateProjectForm />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>People</CardTitle>
          <CardDescription>
            Every account on this instance. A deactivated account is signed out at once and cannot
            sign in anywhere.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <PeopleTable people={people} currentUserId={actor.userId} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Mail outbox</CardTitle>
          <CardDescription>
            The latest {OUTBOX_LIMIT} messages. Without a mail server nothing leaves the instance:
            copy invitation and reset links from here.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <OutboxList mails={mails} />
        </CardContent>
      </Card>
    </div>
  );
}

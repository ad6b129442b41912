import { ArrowRight, Building2, CalendarDays } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate, ROLE_LABELS } from "@/lib/labels";
import { serverApi } from "@/server/api";

export const metadata: Metadata = { title: "Your projects" };

/** The project switcher: every project the person belongs to, even when there is only one. */
export default async function ProjectsPage() {
  const api = await serverApi();
  const [projects, me] = await Promise.all([api.projects.mine(), api.account.me()]);

  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Your projects</h1>
        <p className="text-sm text-muted-foreground">
          {projects.length === 0
            ? "You do not belong to any project yet."
            : `You have access to ${projects.length} ${projects.length === 1 ? "project" : "projects"}. Choose one to open its workspace.`}
        </p>
      </div>

      {projects.length === 0 ? (
        <Alert variant="info" className="grid gap-2">
          <p className="font-medium">No projects yet</p>
          <p>
            People join a project by invitation. Ask the lead coordinator of your partnership (or a
            platform administrator, who creates projects) to invite you with the e-mail address{" "}
            <strong>{me.email}</strong>. The invitation arrives by e-mail; once you accept it, the
            project appears here.
          </p>
          {me.is_admin && (
            <p>
              As a platform administrator you can create a project in{" "}
              <Link href="/admin" className="font-medium underline underline-offset-4">
                Administration
              </Link>
              .
            </p>
          )}
        </Alert>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {projects.map((p) => {
            return (
              <li key={p.id}>
                <Card className="relative h-full transition-colors focus-within:ring-2 focus-within:ring-ring hover:border-primary">
                  <CardHeader>
                    <div className="flex flex-wrap items-center gap-2">
                      <CardTitle className="text-base">
                        <Link
                          href={`/projects/${p.id}`}
                          className="after:absolute after:inset-0 focus-visible:outline-none"
                        >
                          {p.acronym}
                        </Link>
                      </CardTitle>
                      <Badge variant="outline">{p.phaseLabel}</Badge>
                    </div>
                    <CardDescription className="text-foreground">{p.title}</CardDescription>
                  </CardHeader>
                  <CardContent className="grid gap-2 text-sm">
                    <p className="text-muted-foreground">{p.programme}</p>
                    <dl className="grid gap-1.5">
                      <div className="flex flex-wrap items-center gap-2">
                        <dt className="sr-only">Your role</dt>
                        <dd>
                          <Badge variant="secondary">
                            {p.role ? ROLE_LABELS[p.role] : `${ROLE_LABELS.admin} (not a member)`}
                          </Badge>
                        </dd>
                      </div>
                      {p.partnerName && (
                        <div className="flex items-start gap-2">
                          <dt>
                            <Building2
                              className="mt-0.5 size-4 text-muted-foreground"
                              aria-hidden
                            />
                            <span className="sr-only">Your partner</span>
                          </dt>
                          <dd className="min-w-0 break-words">{p.partnerName}</dd>
                        </div>
                      )}
                      <div className="flex items-start gap-2">
                        <dt>
                          <CalendarDays
                            className="mt-0.5 size-4 text-muted-foreground"
                            aria-hidden
                          />
                          <span className="sr-only">Duration</span>
                        </dt>
                        <dd>
                          {formatDate(p.startDate)} – {formatDate(p.endDate)}
                        </dd>
                      </div>
                    </dl>
                    <p className="mt-1 inline-flex items-center gap-1 font-medium text-primary">
                      Open workspace <ArrowRight className="size-4" aria-hidden />
                    </p>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

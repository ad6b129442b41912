import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { deliverablesHref } from "@/lib/list-filters";
import { ActivityDialog } from "./activity-dialog";
import { DeleteButton } from "./delete-button";
import { type Activity, type PartnerOption, partnerNames, type WorkPackage } from "./types";
import { WorkPackageDialog } from "./work-package-dialog";

/** One work package: objectives, lead partner, dates, activities with their partners. */
export function WorkPackageCard({
  projectId,
  workPackage: w,
  activities,
  partners,
}: {
  projectId: string;
  workPackage: WorkPackage;
  activities: Activity[];
  partners: PartnerOption[];
}) {
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 gap-1">
          <CardTitle className="break-words">
            WP{w.number} {w.title}
          </CardTitle>
          <CardDescription>
            Led by {w.leadPartnerName} · {formatDate(w.startDate)} – {formatDate(w.endDate)} ·{" "}
            <Link className="underline" href={deliverablesHref(projectId, { workPackageId: w.id })}>
              {w.approvedCount} of {w.deliverableCount} deliverables approved
            </Link>
          </CardDescription>
        </div>
        {(w.can.edit || w.can.delete) && (
          <div className="flex flex-wrap gap-2">
            {w.can.edit && (
              <WorkPackageDialog projectId={projectId} partners={partners} workPackage={w} />
            )}
            {w.can.delete && (
              <DeleteButton
                projectId={projectId}
                name={`work package ${w.number}`}
                target={{ kind: "workPackage", id: w.id, version: w.version }}
              />
            )}
          </div>
        )}
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <div className="grid gap-1">
          <h3 className="font-medium">Objectives</h3>
          <p className="whitespace-pre-line break-words">
            {w.objectives || "No objectives written yet."}
          </p>
        </div>
        <div className="grid gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-medium">Activities</h3>
            {w.can.addActivity && (
              <ActivityDialog projectId={projectId} partners={partners} workPackage={w} />
            )}
          </div>
          {activities.length === 0 ? (
            <p className="text-muted-foreground">No activities yet.</p>
          ) : (
            <ul className="grid gap-2">
              {activities.map((a) => (
                <li key={a.id} className="grid gap-1 rounded-md border p-2">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="min-w-0 break-words font-medium">{a.title}</p>
                    {(a.can.edit || a.can.delete) && (
                      <div className="flex flex-wrap gap-1">
                        {a.can.edit && (
                          <ActivityDialog
                            projectId={projectId}
                            partners={partners}
                            workPackage={w}
                            activity={a}
                          />
                        )}
                        {a.can.delete && (
                          <DeleteButton
                            projectId={projectId}
                            name={`activity ${a.title}`}
                            target={{ kind: "activity", id: a.id, version: a.version }}
                          />
                        )}
                      </div>
                    )}
                  </div>
                  <p className="text-muted-foreground">
                    {formatDate(a.startDate)} – {formatDate(a.endDate)}
                    {a.partnerIds.length > 0 && ` · ${partnerNames(a.partnerIds, partners)}`}
                  </p>
                  {a.description && (
                    <p className="whitespace-pre-line break-words">{a.description}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}

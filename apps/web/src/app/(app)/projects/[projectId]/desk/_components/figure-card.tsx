import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { deliverablesHref } from "@/lib/list-filters";
import { deliverableUrl } from "@/lib/urls";
import type { Figure } from "./types";

/** One headline number of the desk, linking to exactly its records, with the first few named. */
export function FigureCard({
  projectId,
  title,
  figure,
  detail,
  action,
}: {
  projectId: string;
  title: string;
  figure: Figure;
  detail: (item: Figure["items"][number]) => string;
  /** A bulk action on the figure's records (lead coordinators' reminders). */
  action?: React.ReactNode;
}) {
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2 pb-2">
        <CardTitle className="text-base">{title}</CardTitle>
        {action}
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <Link
          href={deliverablesHref(projectId, figure.filter)}
          className="text-3xl font-semibold underline-offset-4 hover:underline"
        >
          {figure.count}
          <span className="sr-only"> {title.toLowerCase()}: list them</span>
        </Link>
        {figure.items.length > 0 && (
          <ul className="grid gap-1">
            {figure.items.slice(0, 5).map((d) => (
              <li key={d.id} className="break-words">
                <Link href={deliverableUrl(projectId, d.id)} className="underline">
                  {d.code}
                </Link>{" "}
                {d.responsiblePartnerName} · {detail(d)}
              </li>
            ))}
            {figure.items.length > 5 && (
              <li>
                <Link href={deliverablesHref(projectId, figure.filter)} className="underline">
                  and {figure.items.length - 5} more
                </Link>
              </li>
            )}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

export const dueText = (d: { dueDate: string; daysLate: number }) =>
  d.daysLate > 0 ? `${d.daysLate} days late` : `due ${formatDate(d.dueDate)}`;

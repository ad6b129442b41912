import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { chainUrl, policyUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { PolicyFigures } from "./policy-figures";

/** The project-home card: the policy indicators, linking to the partnership overview. */
export async function PolicyCountsCard({ projectId }: { projectId: string }) {
  const api = await serverApi();
  const counts = await api.policyViews.counts({ projectId });
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <div className="grid gap-1">
          <CardTitle>Policy instruments and improvements</CardTitle>
          <CardDescription>
            What the programme finally judges: instruments addressed, plans made, instruments
            improved.
          </CardDescription>
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          <Link
            href={policyUrl(projectId)}
            className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Partnership overview <ArrowRight className="size-4" aria-hidden />
          </Link>
          <Link
            href={chainUrl(projectId)}
            className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Learning chain <ArrowRight className="size-4" aria-hidden />
          </Link>
        </div>
      </CardHeader>
      <CardContent>
        <PolicyFigures projectId={projectId} counts={counts} />
      </CardContent>
    </Card>
  );
}

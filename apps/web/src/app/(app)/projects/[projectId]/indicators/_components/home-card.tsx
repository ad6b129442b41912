import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { indicatorsUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { HomeChart } from "./home-chart";

/** The project-home card: each indicator's cumulative value against its target. */
export async function IndicatorsHomeCard({ projectId }: { projectId: string }) {
  const api = await serverApi();
  const { indicators } = await api.indicators.list({ projectId });
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <div className="grid gap-1">
          <CardTitle>Indicators</CardTitle>
          <CardDescription>Cumulative values against the project’s targets.</CardDescription>
        </div>
        <Link
          href={indicatorsUrl(projectId)}
          className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
        >
          All indicators <ArrowRight className="size-4" aria-hidden />
        </Link>
      </CardHeader>
      <CardContent>
        {indicators.length === 0 ? (
          <p className="text-sm text-muted-foreground">No indicators yet.</p>
        ) : (
          <HomeChart indicators={indicators} />
        )}
      </CardContent>
    </Card>
  );
}

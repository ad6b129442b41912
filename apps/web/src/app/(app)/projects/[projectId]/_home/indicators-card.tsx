import { indicatorsUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { HomeCard } from "./home-card";
import { HomeChart } from "./indicators-chart";

/** The project-home card: each indicator's cumulative value against its target. */
export async function IndicatorsHomeCard({ projectId }: { projectId: string }) {
  const api = await serverApi();
  const { indicators } = await api.indicators.list({ projectId });
  return (
    <HomeCard
      title="Indicators"
      description="Cumulative values against the project’s targets."
      links={[{ href: indicatorsUrl(projectId), label: "All indicators" }]}
    >
      {indicators.length === 0 ? (
        <p className="text-sm text-muted-foreground">No indicators yet.</p>
      ) : (
        <HomeChart indicators={indicators} />
      )}
    </HomeCard>
  );
}

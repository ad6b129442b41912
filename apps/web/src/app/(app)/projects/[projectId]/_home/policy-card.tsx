import { PolicyFigures } from "@/components/policy-figures";
import { chainUrl, policyUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { HomeCard } from "./home-card";

/** The project-home card: the policy indicators, linking to the partnership overview. */
export async function PolicyCountsCard({ projectId }: { projectId: string }) {
  const api = await serverApi();
  const counts = await api.policyViews.counts({ projectId });
  return (
    <HomeCard
      title="Policy instruments and improvements"
      description="What the programme finally judges: instruments addressed, plans made, instruments improved."
      links={[
        { href: policyUrl(projectId), label: "Partnership overview" },
        { href: chainUrl(projectId), label: "Learning chain" },
      ]}
    >
      <PolicyFigures projectId={projectId} counts={counts} />
    </HomeCard>
  );
}

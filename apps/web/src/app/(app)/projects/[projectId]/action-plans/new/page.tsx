import { PageHeader } from "@/components/page-header";
import { TextLink } from "@/components/text-link";
import { Card, CardContent } from "@/components/ui/card";
import { param, readParam } from "@/lib/search-params";
import { plansUrl } from "@/lib/urls";
import { instrumentList } from "@/server/instruments";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { NewPlanForm } from "./new-plan-form";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Start an action plan");

/** The instruments this person may start a plan for: their partner's (all, for leads). */
export default async function NewPlanPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const q = await searchParams;
  const [overview, instruments] = await Promise.all([
    projectOverview(projectId),
    instrumentList(projectId),
  ]);
  const country = new Map(overview.partners.map((p) => [p.id, p.country]));
  const options = instruments
    .filter((i) => i.can.createActionPlan)
    .map((i) => ({
      id: i.id,
      name: i.name,
      partnerName: i.partnerShortName,
      country: country.get(i.partnerId) ?? "",
    }));
  const chosen = readParam(param.id(), q.instrument) ?? "";
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        policyTabs={projectId}
        crumbs={[["Action plans", plansUrl(projectId)], ["Start"]]}
        title="Start an action plan"
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          {options.length === 0 ? (
            <p className="text-sm">
              There is no policy instrument without an action plan that you may write one for.{" "}
              <TextLink href={`/projects/${projectId}/instruments`} className="font-medium">
                See the policy instruments
              </TextLink>
              .
            </p>
          ) : (
            <NewPlanForm projectId={projectId} instruments={options} chosen={chosen} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}

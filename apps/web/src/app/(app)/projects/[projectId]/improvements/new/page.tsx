import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { param, readParam } from "@/lib/search-params";
import { improvementsUrl } from "@/lib/urls";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { ImprovementForm } from "../_components/improvement-form";
import { practiceOptions } from "../_components/server-data";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Record a policy improvement");

/** A parameter as given; the page checks it against its own lists. */
const one = (v: string | string[] | undefined) => readParam(param.raw(), v) ?? "";

/** Editors record their own partner's improvements; lead coordinators any partner's. */
export default async function NewImprovementPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const raw = await searchParams;
  const [overview, practices] = await Promise.all([
    projectOverview(projectId),
    practiceOptions(projectId),
  ]);
  const { contribute, actForAnyPartner } = overview.can;
  if (!contribute) notFound();
  const asked = overview.partners.find((p) => p.id === one(raw.partner))?.id;
  const partner = actForAnyPartner
    ? (asked ?? overview.myPartnerId ?? "")
    : (overview.myPartnerId ?? "");
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        policyTabs={projectId}
        crumbs={[["Policy improvements", improvementsUrl(projectId)], ["Record"]]}
        title="Record a policy improvement"
        description={
          <>
            It starts as expected. Marking it achieved needs a description, its date, the
            justification that it is a direct result of the project, and evidence.
          </>
        }
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <ImprovementForm
            projectId={projectId}
            improvement={null}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
            practices={practices}
            defaultPartner={partner}
            defaultInstrument={one(raw.instrument)}
            canChangePartner={actForAnyPartner}
          />
        </CardContent>
      </Card>
    </div>
  );
}

import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { instrumentsUrl } from "@/lib/urls";
import { instrumentList } from "@/server/instruments";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { InstrumentForm } from "../_components/instrument-form";

type Params = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Add a policy instrument");

/** Lead coordinators record any partner's instrument; a partner's editors their own. */
export default async function NewInstrumentPage({ params }: Params) {
  const { projectId } = await params;
  const [overview, rows] = await Promise.all([
    projectOverview(projectId),
    instrumentList(projectId),
  ]);
  if (!overview.can.contribute) notFound();
  const partners = overview.partners.map((p) => ({
    id: p.id,
    name: p.name,
    advisory: p.role === "advisory",
  }));
  const defaultPartner = overview.myPartnerId ?? "";
  const hasMain = rows.some((r) => r.partnerId === defaultPartner && r.isMain);
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        policyTabs={projectId}
        crumbs={[["Policy instruments", instrumentsUrl(projectId)], ["Add"]]}
        title="Add a policy instrument"
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <InstrumentForm
            projectId={projectId}
            instrument={null}
            partners={partners}
            defaultPartner={defaultPartner}
            defaultMain={!hasMain}
            canChangePartner={overview.can.actForAnyPartner}
          />
        </CardContent>
      </Card>
    </div>
  );
}

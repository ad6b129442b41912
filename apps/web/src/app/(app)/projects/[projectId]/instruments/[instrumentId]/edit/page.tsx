import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { instrumentsUrl, instrumentUrl } from "@/lib/urls";
import { instrumentById } from "@/server/instruments";
import { projectOverview } from "@/server/project-data";
import { InstrumentForm } from "../../_components/instrument-form";

type Params = { params: Promise<{ projectId: string; instrumentId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, instrumentId } = await params;
  const instrument = await instrumentById(projectId, instrumentId);
  return { title: `Edit ${instrument.name}` };
}

export default async function EditInstrumentPage({ params }: Params) {
  const { projectId, instrumentId } = await params;
  const [overview, instrument] = await Promise.all([
    projectOverview(projectId),
    instrumentById(projectId, instrumentId),
  ]);
  if (!instrument.can.edit) notFound();
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        policyTabs={projectId}
        crumbs={[
          ["Policy instruments", instrumentsUrl(projectId)],
          [instrument.name, instrumentUrl(projectId, instrument.id)],
          ["Edit"],
        ]}
        title={`Edit ${instrument.name}`}
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <InstrumentForm
            projectId={projectId}
            instrument={instrument}
            partners={overview.partners.map((p) => ({
              id: p.id,
              name: p.name,
              advisory: p.role === "advisory",
            }))}
            defaultPartner={instrument.partnerId}
            defaultMain={instrument.isMain}
            canChangePartner={instrument.can.changePartner}
          />
        </CardContent>
      </Card>
    </div>
  );
}

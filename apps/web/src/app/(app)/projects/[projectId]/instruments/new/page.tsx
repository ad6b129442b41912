import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, CardContent } from "@/components/ui/card";
import { projectOverview } from "@/server/project-data";
import { Breadcrumb } from "../../documents/_shared/breadcrumb";
import { PolicyTabs } from "../../policy/_components/policy-tabs";
import { InstrumentForm } from "../_components/instrument-form";
import { instrumentsUrl } from "../_components/instrument-values";
import { instrumentList } from "../_components/server-data";

type Params = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { project } = await projectOverview((await params).projectId);
  return { title: `Add a policy instrument · ${project.acronym}` };
}

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
      <PolicyTabs projectId={projectId} />
      <div className="grid gap-3">
        <Breadcrumb
          items={[
            { label: "Policy instruments", href: instrumentsUrl(projectId) },
            { label: "Add" },
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight">Add a policy instrument</h1>
      </div>
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

import Form from "next/form";
import Link from "next/link";
import { PolicyTabs } from "@/components/policy-tabs";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { param, readParam } from "@/lib/search-params";
import { chainUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { ChainView } from "./chain-view";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Learning chain");

/** Good practices → learning events → actions → policy improvements, to follow by clicking. */
export default async function LearningChainPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const raw = await searchParams;
  const overview = await projectOverview(projectId);
  const asked = readParam(param.id(), raw.partner);
  const partner = overview.partners.find((p) => p.id === asked);
  const api = await serverApi();
  const chain = await orNotFound(
    api.policyViews.chain({ projectId, ...(partner ? { partnerId: partner.id } : {}) }),
  );

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Learning chain</h1>
        <p className="text-sm text-muted-foreground">
          How a good practice, shown at a learning event, inspired an action of an action plan and
          led to a policy improvement. Only records you may see appear.
        </p>
      </div>
      <Form
        action={chainUrl(projectId)}
        aria-label="Filter the learning chain"
        className="flex flex-wrap items-end gap-2"
      >
        <div className="grid gap-1.5">
          <Label htmlFor="chain-partner">Partner</Label>
          <select
            id="chain-partner"
            name="partner"
            defaultValue={partner?.id ?? ""}
            className="h-10 max-w-full rounded-md border border-input bg-background px-3 text-sm"
          >
            <option value="">All partners</option>
            {overview.partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.shortName}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Show</Button>
        {partner && (
          <Button asChild variant="outline">
            <Link href={chainUrl(projectId)}>Clear</Link>
          </Button>
        )}
      </Form>
      {partner && (
        <p className="text-sm text-muted-foreground">
          The chains that touch a record of {partner.shortName}.
        </p>
      )}
      <Card className="min-w-0">
        <CardContent className="min-w-0 pt-5">
          <ChainView chain={chain} />
        </CardContent>
      </Card>
    </div>
  );
}

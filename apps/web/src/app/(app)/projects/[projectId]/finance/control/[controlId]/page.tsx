import {
  CATEGORY_LABELS,
  CONTROL_STATUS_LABELS,
  euroText,
  SAMPLE_METHOD_LABELS,
} from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { financialReportUrl } from "@/components/financial-report-status";
import { PageHeader } from "@/components/page-header";
import { ScrollingTable } from "@/components/scrolling-table";
import { SectionCard } from "@/components/section-card";
import { TextLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { ControlActions } from "./_components/control-actions";
import { ItemsTable } from "./_components/items-table";
import { ParkedItems } from "./_components/parked-items";
import { SampleForm } from "./_components/sample-form";

type Props = { params: Promise<{ projectId: string; controlId: string }> };

export const generateMetadata = titled("Control");

const money = (cents: number) => euroText(cents);
const FIGURES = ["declaredCents", "deductedCents", "parkedCents", "certifiedCents"] as const;

/**
 * One control: the figures per cost category, the sample tools and the items with their
 * outcomes (the controller decides; the partner reads outcomes and comments; readers of
 * totals see the figures), finish and reopen, and every certificate as PDF.
 */
export default async function ControlPage({ params }: Props) {
  const { projectId, controlId } = await params;
  const api = await serverApi();
  const got = await orNotFound(api.control.get({ projectId, controlId }));
  const parked = await api.control.parkedItems({ projectId, partnerId: got.partner.id });
  const c = got.control;
  const base = `/projects/${projectId}/finance/control`;
  const ref = { projectId, controlId, version: c.version };
  const t = got.figures.totals;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Finance", `/projects/${projectId}/finance`],
          ["First-level control", base],
          [`${got.partner.shortName}, period ${c.periodNumber}`],
        ]}
        title={`Control of ${got.partner.name}, period ${c.periodNumber}`}
        meta={
          <>
            <Badge variant={c.status === "finished" ? "success" : "warning"}>
              {CONTROL_STATUS_LABELS[c.status]}
            </Badge>
            <span>Report version {c.reportVersion}</span>
            <span>Started {formatDate(c.startedAt)}</span>
            {c.finishedAt && <span>Finished {formatDate(c.finishedAt)}</span>}
          </>
        }
        description={
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            <TextLink
              className="underline"
              href={financialReportUrl(projectId, c.periodNumber, got.partner.id)}
            >
              The financial report
            </TextLink>
            <TextLink className="underline" href={`${base}/${controlId}/checklist`}>
              Checklist
            </TextLink>
            <TextLink className="underline" href={`${base}/${controlId}/clarifications`}>
              Clarifications
            </TextLink>
          </span>
        }
        actions={
          <ControlActions control={ref} pendingInSample={got.pendingInSample} can={got.can} />
        }
      />
      <SectionCard
        title="Figures per cost category"
        description={
          c.status === "finished"
            ? "As certified."
            : "As the control stands: pending items count as certified as declared. Flat rates follow the certified base."
        }
      >
        <ScrollingTable label="Declared, deducted, parked and certified per cost category">
          <caption className="sr-only">
            Declared, deducted, parked and certified per cost category, in euros
          </caption>
          <ColumnHeads
            columns={[
              "Cost category",
              ...["Declared", "Deducted", "Parked", "Certified"].map((l) => ({
                label: `${l} (EUR)`,
                className: "text-right",
              })),
            ]}
          />
          <TBody>
            {got.figures.categories.map((r) => (
              <TR key={r.category}>
                <TH scope="row" className="font-medium text-foreground">
                  {CATEGORY_LABELS[r.category]}
                </TH>
                {FIGURES.map((k) => (
                  <TD key={k} className="text-right tabular-nums">
                    {money(r[k])}
                  </TD>
                ))}
              </TR>
            ))}
            <TR>
              <TH scope="row" className="font-semibold text-foreground">
                Total
              </TH>
              {FIGURES.map((k) => (
                <TD key={k} className="text-right font-semibold tabular-nums">
                  {money(t[k])}
                </TD>
              ))}
            </TR>
          </TBody>
        </ScrollingTable>
      </SectionCard>
      <SectionCard
        title="Sample"
        description={
          c.sample.method
            ? `${SAMPLE_METHOD_LABELS[c.sample.method]}: ${c.sample.items} of ${got.itemCount} items${c.sample.seed ? `, seed “${c.sample.seed}”` : ""}${c.sample.size ? `, size ${c.sample.size}` : ""}. ${got.pendingInSample} still pending.`
            : `No sample yet (${got.itemCount} items). Tick items below to pick them by risk, or draw one.`
        }
      >
        {got.can.sample ? (
          <SampleForm projectId={projectId} controlId={controlId} version={c.version} />
        ) : (
          <p className="text-sm text-muted-foreground">
            Items outside the sample are certified as declared when the control finishes.
          </p>
        )}
      </SectionCard>
      <SectionCard title="Items">
        {got.items ? (
          <ItemsTable
            projectId={projectId}
            controlId={controlId}
            version={c.version}
            items={got.items}
            errorTypes={got.errorTypes}
            can={got.can}
          />
        ) : (
          <p className="text-sm text-muted-foreground">
            The items and the controller's comments are seen by the partner and its controller.
          </p>
        )}
      </SectionCard>
      <SectionCard
        title="Certificates"
        description="Each finish issues the next number; earlier certificates stay as issued."
      >
        {got.certificates.length === 0 ? (
          <p className="text-sm text-muted-foreground">No certificate yet.</p>
        ) : (
          <ul className="grid gap-2 text-sm">
            {got.certificates.map((cert) => (
              <li key={cert.id} className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-medium">Certificate {cert.number}</span>
                <span className="text-muted-foreground">
                  {formatDate(cert.issuedAt)}
                  {cert.issuedBy ? ` by ${cert.issuedBy}` : ""}: EUR {money(cert.certifiedCents)}{" "}
                  certified of {money(cert.declaredCents)}
                </span>
                <TextLink
                  className="underline"
                  href={`/api/projects/${projectId}/finance/control/${controlId}/certificates/${cert.number}/pdf`}
                  prefetch={false}
                >
                  PDF<span className="sr-only"> of certificate {cert.number}</span>
                </TextLink>
              </li>
            ))}
          </ul>
        )}
        {c.conclusion && (
          <p className="mt-4 whitespace-pre-line text-sm">Conclusion: {c.conclusion}</p>
        )}
        {got.reopenings.length > 0 && (
          <ul className="mt-4 grid gap-1 text-sm text-muted-foreground">
            {got.reopenings.map((o) => (
              <li key={`${o.certificateNumber}-${String(o.reopenedAt)}`}>
                Reopened after certificate {o.certificateNumber} on {formatDate(o.reopenedAt)}
                {o.reopenedBy ? ` by ${o.reopenedBy}` : ""}: {o.reason}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard
        title={`Parked items of ${got.partner.shortName}`}
        description="Parked items may be taken into a later report of the partner, once."
      >
        <ParkedItems projectId={projectId} parked={parked} />
      </SectionCard>
    </div>
  );
}

import type { ReactNode } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { PolicyTabs } from "@/components/policy-tabs";

/** A crumb: its label, and its address unless it is the page itself. */
export type CrumbPair = readonly [label: string, href?: string];

/**
 * The top of a page: where it sits (breadcrumb), its heading, a line of facts under it
 * (badges, links), a description and the actions on the record. Pages of the policy area
 * show the area's tabs above it.
 */
export function PageHeader({
  crumbs,
  title,
  meta,
  description,
  actions,
  policyTabs,
}: {
  crumbs?: CrumbPair[];
  title: ReactNode;
  meta?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** The project whose policy tabs to show. */
  policyTabs?: string;
}) {
  return (
    <>
      {policyTabs && <PolicyTabs projectId={policyTabs} />}
      <div className="grid gap-3">
        {crumbs && (
          <Breadcrumb items={crumbs.map(([label, href]) => (href ? { label, href } : { label }))} />
        )}
        <div className="grid min-w-0 gap-2">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{title}</h1>
          {meta && (
            <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              {meta}
            </div>
          )}
          {description && <p className="text-sm text-muted-foreground">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-start gap-2">{actions}</div>}
      </div>
    </>
  );
}

import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { param, type RawSearchParams, readSearchParams } from "@/lib/search-params";
import { serverApi } from "@/server/api";
import { AuditEntries } from "./audit-entries";
import { AuditFilters } from "./audit-filters";
import { type AuditFilterValues, PAGE_SIZE } from "./audit-labels";

export const metadata: Metadata = { title: "Audit log" };

const AUDIT_PARAMS = {
  person: param.id(),
  entity: param.text(40, { tooLong: "drop" }),
  from: param.day(),
  to: param.day(),
};

/** Filters come from the address bar: anything malformed is ignored rather than refused. */
function readFilters(sp: RawSearchParams): AuditFilterValues {
  const q = readSearchParams(AUDIT_PARAMS, sp);
  return { person: q.person ?? "", entity: q.entity ?? "", from: q.from ?? "", to: q.to ?? "" };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { projectId } = await params;
  const filters = readFilters(await searchParams);
  const api = await serverApi();
  const facets = await api.audit.facets({ projectId }).catch((err: unknown) => {
    if (err instanceof TRPCError && err.code === "FORBIDDEN") return null;
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST"))
      notFound();
    throw err;
  });
  const heading = <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>;
  if (!facets) {
    return (
      <div className="grid gap-4">
        {heading}
        <Alert>Only the project&apos;s lead coordinators can read its audit log.</Alert>
      </div>
    );
  }
  const rangeError =
    filters.from && filters.to && filters.from > filters.to
      ? "'To' must not be before 'From'"
      : null;
  const input = {
    projectId,
    actorId: filters.person || undefined,
    entity: filters.entity || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    limit: PAGE_SIZE,
  };
  const firstPage = rangeError ? null : await api.audit.list(input);

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-1">
        {heading}
        <p className="text-sm text-muted-foreground">
          Every change in this project: who did what, and when. Newest first.
        </p>
      </div>
      <AuditFilters
        key={JSON.stringify(filters)}
        projectId={projectId}
        values={filters}
        people={facets.people}
        entities={facets.entities}
        rangeError={rangeError}
      />
      {firstPage && (
        <AuditEntries
          key={JSON.stringify(filters)}
          input={input}
          firstPage={firstPage}
          filtered={Object.values(filters).some(Boolean)}
        />
      )}
    </div>
  );
}

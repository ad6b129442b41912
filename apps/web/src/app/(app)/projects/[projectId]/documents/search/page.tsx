import { TRPCError } from "@trpc/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { libraryUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { SearchForm } from "./search-form";
import { PAGE_SIZE, readSearch, type SearchErrors, type SearchValues } from "./search-params";
import { SearchResults } from "./search-results";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Search documents");

/** Full-text search of the library: ranked results, highlighted snippets, filters. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const { values, errors } = readSearch(await searchParams);
  const api = await serverApi();
  const facets = await api.documents.facets({ projectId });
  const ready = values.q !== "" && Object.keys(errors).length === 0;
  const outcome = ready ? await runSearch(projectId, values) : null;
  const shownErrors = { ...errors, ...(outcome?.ok === false ? outcome.fieldErrors : {}) };

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-3">
        <Breadcrumb
          items={[{ label: "Documents", href: libraryUrl(projectId) }, { label: "Search" }]}
        />
        <h1 className="text-2xl font-semibold tracking-tight">Search documents</h1>
      </div>
      <SearchForm
        key={JSON.stringify(values)}
        projectId={projectId}
        values={values}
        errors={shownErrors}
        partners={facets.partners}
      />
      {outcome?.ok === false && Object.keys(outcome.fieldErrors).length === 0 && (
        <Alert variant="error">{outcome.message}</Alert>
      )}
      {!values.q && (
        <p className="text-sm text-muted-foreground">
          Type at least 2 characters to search every document you may see in this project.
        </p>
      )}
      {outcome?.ok && <SearchResults projectId={projectId} values={values} found={outcome.found} />}
    </div>
  );
}

/** The API has the last word on input: its refusals come back as messages for the form. */
async function runSearch(projectId: string, values: SearchValues) {
  const api = await serverApi();
  try {
    const found = await api.documents.search({
      projectId,
      q: values.q,
      ownerPartnerId: values.partner || undefined,
      category: values.category || undefined,
      type: values.type || undefined,
      from: values.from || undefined,
      to: values.to || undefined,
      page: values.page,
      pageSize: PAGE_SIZE,
    });
    return { ok: true as const, found };
  } catch (err) {
    if (!(err instanceof TRPCError) || err.code !== "BAD_REQUEST") throw err;
    return { ok: false as const, message: err.message, fieldErrors: fieldErrorsOf(err) };
  }
}

function fieldErrorsOf(err: TRPCError): SearchErrors {
  const cause = err.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  const out: SearchErrors = {};
  for (const issue of cause?.issues ?? []) {
    const key = issue.path[0];
    if (key === "q" || key === "from" || key === "to") out[key] ??= issue.message;
  }
  return out;
}

import { Trash2 } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { SearchForm } from "./search-form";

/** Title, the search box (answered by the search page) and, for managers, the way to the trash. */
export function LibraryHeader({
  projectId,
  canOpenTrash,
}: {
  projectId: string;
  canOpenTrash: boolean;
}) {
  const base = `/projects/${projectId}/documents`;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="grid min-w-0 gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Documents</h1>
        <p className="text-sm text-muted-foreground">
          The partnership&apos;s library: agendas, presentations, peer-review reports, deliverables
          and evidence, in one place.
        </p>
      </div>
      <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
        <SearchForm action={`${base}/search`} />
        {canOpenTrash && (
          <Link href={`${base}/trash`} className={buttonVariants({ variant: "outline" })}>
            <Trash2 aria-hidden /> Trash
          </Link>
        )}
      </div>
    </div>
  );
}

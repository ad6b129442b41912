import { ChevronRight } from "lucide-react";
import { TextLink } from "@/components/text-link";

export type Crumb = { label: string; href?: string };

/** Where a page sits in the app; the last crumb is the page itself. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="min-w-0 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted-foreground">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href ?? `here-${item.label}`} className="flex min-w-0 items-center gap-1">
              {i > 0 && <ChevronRight className="size-3.5 shrink-0" aria-hidden />}
              {item.href && !last ? (
                <TextLink href={item.href} className="break-words">
                  {item.label}
                </TextLink>
              ) : (
                <span aria-current={last ? "page" : undefined} className="break-words">
                  {item.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

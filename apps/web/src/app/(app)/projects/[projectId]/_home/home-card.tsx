import { ArrowRight } from "lucide-react";
import type { ReactNode } from "react";
import { TextLink } from "@/components/text-link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";

/** A card of the project's home page: what it shows, and links to where the detail is. */
export function HomeCard({
  title,
  description,
  links,
  className,
  children,
}: {
  title: string;
  description: string;
  links: { href: string; label: string }[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <div className="grid gap-1">
          <CardTitle>{title}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map((l) => (
            <TextLink
              key={l.href}
              href={l.href}
              className="inline-flex items-center gap-1 text-sm font-medium"
            >
              {l.label} <ArrowRight className="size-4" aria-hidden />
            </TextLink>
          ))}
        </div>
      </CardHeader>
      <CardContent className={cn(className)}>{children}</CardContent>
    </Card>
  );
}

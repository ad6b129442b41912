import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** A link in running text, a list or a table: the app's link colour, underlined on hover. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link className={cn("text-primary underline-offset-4 hover:underline", className)} {...props} />
  );
}

/** A record's title leading to its page: it stands out, and a long one wraps. */
export function TitleLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <TextLink className={cn("break-words font-medium", className)} {...props} />;
}

"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** A sha256 checksum, shortened unless `full`, with the whole value in its title and a copy button. */
export function Checksum({ value, full = false }: { value: string; full?: boolean }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success("Checksum copied");
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error("Could not copy. Select the checksum and copy it by hand.");
    }
  }

  return (
    <span className="inline-flex max-w-full items-center gap-1">
      <code title={value} className={cn("font-mono text-xs", full && "break-all")}>
        {full ? value : `${value.slice(0, 12)}…`}
      </code>
      <Button type="button" variant="ghost" size="icon" className="size-8 shrink-0" onClick={copy}>
        {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
        <span className="sr-only">Copy the full sha256 checksum</span>
      </Button>
    </span>
  );
}

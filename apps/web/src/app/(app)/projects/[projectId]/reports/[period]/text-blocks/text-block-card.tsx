"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { Copy } from "lucide-react";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type TextBlock = RouterOutputs["periodReports"]["textBlocks"][number];

const count = (n: number) => n.toLocaleString("en-GB");

/** One copy-ready block for the programme's online form, with its length against the limit. */
export function TextBlockCard({ block }: { block: TextBlock }) {
  const id = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(block.text);
      setStatus({ ok: true, text: `${block.label} copied to the clipboard.` });
    } catch {
      setStatus({
        ok: false,
        text: "The browser did not allow copying. Select the text and copy it by hand.",
      });
    }
  }

  return (
    <section
      aria-labelledby={`${id}-h`}
      className="grid min-w-0 gap-2 rounded-lg border p-4"
      data-block={block.key}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-h`} className="break-words font-semibold">
          {block.label}
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <span id={`${id}-count`} className="text-sm tabular-nums">
            {count(block.length)} of {count(block.limit)} characters
          </span>
          {block.over && (
            <Badge variant="destructive">{count(block.length - block.limit)} over the limit</Badge>
          )}
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={copy}
            aria-describedby={`${id}-count`}
          >
            <Copy aria-hidden /> Copy<span className="sr-only"> {block.label}</span>
          </Button>
        </div>
      </div>
      <p role="status" className="min-h-5 text-sm">
        {status && (
          <span className={status.ok ? "text-emerald-800" : "text-destructive"}>{status.text}</span>
        )}
      </p>
      {block.text ? (
        <section
          aria-label={`Text of ${block.label}`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
          className="max-h-64 overflow-y-auto rounded bg-muted p-3 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <pre className="whitespace-pre-wrap break-words font-sans text-sm">{block.text}</pre>
        </section>
      ) : (
        <p className="text-sm text-muted-foreground">Empty.</p>
      )}
    </section>
  );
}

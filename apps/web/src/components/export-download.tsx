"use client";

/**
 * A download of a streamed export (e.g. /api/projects/:id/reports/:period/export?format=xlsx)
 * with visible progress, for exports that take a while to render.
 *
 * Props of <ExportDownload>:
 * - `href`: the export URL (same origin; the session cookie goes along).
 * - `label`: the button's text, e.g. "Excel (XLSX)"; it is also named in the status line.
 * - `fileLabel`: the file name to save under when the answer names none (by default the
 *   Content-Disposition name, else "export").
 *
 * It fetches the URL and reads the body as it arrives, showing bytes received, the rows the
 * export carries (X-Export-Rows) and a determinate bar when Content-Length is known (an
 * indeterminate one otherwise), all announced in a polite live region. A failed export
 * shows the server's message (the JSON error of a 400/403/404). When complete the file is
 * saved through a blob link, and a "Save again" link stays until the next download.
 * `useExportDownload(href, fileLabel)` is the same without the markup.
 */
import { Download, X } from "lucide-react";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { dispositionName, formatBytes } from "./export-download-names";

type State =
  | { phase: "idle" }
  | { phase: "loading"; received: number; total: number | null; rows: number | null }
  | { phase: "done"; url: string; fileName: string; size: number; rows: number | null }
  | { phase: "error"; message: string };

async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as {
      error?: { message?: string; fieldErrors?: Record<string, string[]> | null };
    };
    const fields = Object.values(body.error?.fieldErrors ?? {}).flat();
    return [body.error?.message, ...fields].filter(Boolean).join(": ") || `Error ${res.status}`;
  } catch {
    return `The export failed (error ${res.status}).`;
  }
}

/** Frees the previous download's blob. */
function revoke(ref: RefObject<string | null>) {
  if (ref.current) URL.revokeObjectURL(ref.current);
  ref.current = null;
}

export function useExportDownload(href: string, fileLabel = "export") {
  const [state, setState] = useState<State>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);
  const objectUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      abort.current?.abort();
      revoke(objectUrl);
    },
    [],
  );

  const start = useCallback(async () => {
    abort.current?.abort();
    revoke(objectUrl);
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: "loading", received: 0, total: null, rows: null });
    try {
      const res = await fetch(href, { credentials: "same-origin", signal: controller.signal });
      if (!res.ok || !res.body) {
        setState({ phase: "error", message: await errorMessage(res) });
        return;
      }
      const total = Number(res.headers.get("Content-Length")) || null;
      const rowsHeader = res.headers.get("X-Export-Rows");
      const rows = rowsHeader === null ? null : Number(rowsHeader);
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState({ phase: "loading", received, total, rows });
      }
      const blob = new Blob(chunks, { type: res.headers.get("Content-Type") ?? undefined });
      const url = URL.createObjectURL(blob);
      objectUrl.current = url;
      const fileName = dispositionName(res.headers.get("Content-Disposition")) ?? fileLabel;
      setState({ phase: "done", url, fileName, size: blob.size, rows });
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      a.click();
    } catch (err) {
      if (controller.signal.aborted) setState({ phase: "idle" });
      else
        setState({
          phase: "error",
          message:
            err instanceof Error && err.message
              ? `The download was interrupted (${err.message}). Please try again.`
              : "The download was interrupted. Please try again.",
        });
    }
  }, [href, fileLabel]);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, start, cancel };
}

export function ExportDownload({
  href,
  label,
  fileLabel,
}: {
  href: string;
  label: string;
  fileLabel?: string;
}) {
  const { state, start, cancel } = useExportDownload(href, fileLabel);
  const loading = state.phase === "loading";
  const rows = state.phase === "loading" || state.phase === "done" ? state.rows : null;
  const rowsText = rows === null ? "" : ` · ${rows.toLocaleString("en-GB")} rows`;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="outline" size="sm" onClick={start} disabled={loading}>
          <Download aria-hidden /> {label}
        </Button>
        {loading && (
          <Button type="button" variant="ghost" size="sm" onClick={cancel}>
            <X aria-hidden /> Cancel
          </Button>
        )}
      </div>
      {loading && (
        <progress
          className="h-2 w-full max-w-xs"
          aria-label={`${label} download progress`}
          max={state.total ?? undefined}
          value={state.total ? state.received : undefined}
        />
      )}
      <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
        {loading &&
          (state.received === 0
            ? `Preparing ${label}…`
            : `${label}: ${formatBytes(state.received)}${
                state.total ? ` of ${formatBytes(state.total)}` : " received"
              }${rowsText}`)}
        {state.phase === "done" && (
          <>
            {`${state.fileName} is ready (${formatBytes(state.size)}${rowsText}). `}
            <a href={state.url} download={state.fileName} className="underline">
              Save again
            </a>
          </>
        )}
      </p>
      {state.phase === "error" && <Alert variant="error">{state.message}</Alert>}
    </div>
  );
}

"use client";

import { CheckCircle2, CircleAlert, RotateCcw, X } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/lib/labels";
import type { UploadItem } from "./types";

/** Every file of the session's uploads with its own progress bar and its own Cancel. */
export function UploadList({
  projectId,
  items,
  onCancel,
  onRetry,
  onRemove,
  onClearFinished,
}: {
  projectId: string;
  items: UploadItem[];
  onCancel: (key: string) => void;
  onRetry: (key: string) => void;
  onRemove: (key: string) => void;
  onClearFinished: () => void;
}) {
  const count = (s: UploadItem["status"]) => items.filter((i) => i.status === s).length;
  const done = count("done");
  const failed = count("failed");
  const going = count("uploading") + count("queued");
  const summary = [
    going && `${going} in progress`,
    done && `${done} uploaded`,
    failed && `${failed} failed`,
    count("cancelled") && `${count("cancelled")} cancelled`,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">Uploads</h3>
        <p role="status" className="text-sm text-muted-foreground">
          {summary}
        </p>
        {going < items.length && (
          <Button variant="ghost" size="sm" onClick={onClearFinished}>
            Clear finished
          </Button>
        )}
      </div>
      <ul className="grid gap-2">
        {items.map((item) => (
          <UploadRow
            key={item.key}
            projectId={projectId}
            item={item}
            onCancel={() => onCancel(item.key)}
            onRetry={() => onRetry(item.key)}
            onRemove={() => onRemove(item.key)}
          />
        ))}
      </ul>
    </div>
  );
}

function UploadRow({
  projectId,
  item,
  onCancel,
  onRetry,
  onRemove,
}: {
  projectId: string;
  item: UploadItem;
  onCancel: () => void;
  onRetry: () => void;
  onRemove: () => void;
}) {
  const { file, status } = item;
  const total = item.total || file.size || 1;
  const loaded = status === "done" ? total : Math.min(item.loaded, total);
  const percent = Math.round((loaded / total) * 100);
  const showBar = status === "queued" || status === "uploading" || status === "done";
  const running = status === "queued" || status === "uploading";

  return (
    <li className="grid gap-2 rounded-md border bg-background p-3 text-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="break-words font-medium">{item.title}</p>
          <p className="break-all text-xs text-muted-foreground">
            {file.name} · {formatBytes(file.size)}
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          {running && (
            <Button variant="outline" size="sm" onClick={onCancel}>
              <X aria-hidden /> Cancel<span className="sr-only"> upload of {file.name}</span>
            </Button>
          )}
          {(status === "failed" || status === "cancelled") && (
            <>
              <Button variant="outline" size="sm" onClick={onRetry}>
                <RotateCcw aria-hidden /> Retry<span className="sr-only"> {file.name}</span>
              </Button>
              <Button variant="ghost" size="sm" onClick={onRemove}>
                Remove<span className="sr-only"> {file.name} from the list</span>
              </Button>
            </>
          )}
        </div>
      </div>
      {showBar && (
        <progress
          aria-label={`Uploading ${file.name}`}
          max={total}
          value={loaded}
          className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-primary [&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:bg-primary"
        />
      )}
      <Status item={item} projectId={projectId} percent={percent} loaded={loaded} total={total} />
    </li>
  );
}

function Status({
  item,
  projectId,
  percent,
  loaded,
  total,
}: {
  item: UploadItem;
  projectId: string;
  percent: number;
  loaded: number;
  total: number;
}) {
  switch (item.status) {
    case "queued":
      return <p className="text-muted-foreground">Waiting for a free slot…</p>;
    case "uploading":
      return (
        <p className="tabular-nums text-muted-foreground">
          {percent}% · {formatBytes(loaded)} of {formatBytes(total)}
        </p>
      );
    case "done":
      return (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="inline-flex items-center gap-1 font-medium text-emerald-800">
            <CheckCircle2 className="size-4" aria-hidden /> Uploaded
          </span>
          {item.document && (
            <Link
              href={`/projects/${projectId}/documents/${item.document.id}`}
              className="break-words text-primary underline underline-offset-4"
            >
              {item.document.title}
            </Link>
          )}
        </p>
      );
    case "cancelled":
      return <p className="text-muted-foreground">Cancelled. Nothing was kept.</p>;
    case "failed":
      return (
        <div className="grid gap-1 text-destructive">
          <p className="flex items-start gap-1 font-medium">
            <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden /> {item.error}
          </p>
          {item.details.length > 0 && (
            <ul className="list-disc pl-9">
              {item.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      );
  }
}

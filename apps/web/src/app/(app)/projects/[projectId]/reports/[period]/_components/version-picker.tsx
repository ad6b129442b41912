"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatDate } from "@/lib/labels";
import { periodUrl } from "../../_components/labels";
import type { ReportMeta } from "./types";

/** Shows the live report or any submitted version (the page reads `?version=`). */
export function VersionPicker({
  projectId,
  periodNumber,
  versions,
  current,
}: {
  projectId: string;
  periodNumber: number;
  versions: ReportMeta["versions"];
  current: number | null;
}) {
  const id = useId();
  const router = useRouter();
  return (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={id}>Version shown</Label>
      <NativeSelect
        id={id}
        className="min-w-0 sm:w-72"
        value={current === null ? "" : String(current)}
        onChange={(e) =>
          router.push(
            periodUrl(projectId, periodNumber, e.target.value ? Number(e.target.value) : null),
          )
        }
      >
        <option value="">Current report</option>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            Version {v.number}, submitted {formatDate(v.submittedAt)}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

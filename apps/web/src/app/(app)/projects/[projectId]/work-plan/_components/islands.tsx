"use client";

import { deferred } from "@/components/deferred";

// The dialogs (react-hook-form, radix, the tRPC client) load after the page.
export const ActivityDialog = deferred(() =>
  import("./activity-dialog").then((m) => m.ActivityDialog),
);
export const DeleteButton = deferred(() => import("./delete-button").then((m) => m.DeleteButton));
export const WorkPackageDialog = deferred(() =>
  import("./work-package-dialog").then((m) => m.WorkPackageDialog),
);

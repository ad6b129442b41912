"use client";

import { deferred } from "@/components/deferred";

/**
 * The providers (tRPC client, query cache, toasts: about 30 KiB gzip) arrive after the load
 * event, so no page pays for them on its first load: the server-rendered page shows
 * meanwhile and hydrates once they are there.
 */
export const DeferredProviders = deferred(() => import("./providers").then((m) => m.Providers));

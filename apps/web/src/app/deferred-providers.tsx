"use client";

import { afterLoad, deferred } from "@/components/deferred";

let untilLoad = false;

const Deferred = deferred(
  () => import("./providers").then((m) => m.Providers),
  () => (untilLoad ? afterLoad() : Promise.resolve()),
);

/**
 * The providers (tRPC client, query cache, toasts: about 30 KiB gzip) in a chunk of their
 * own. `untilLoad` (a first visit to one of the pages kept light, see the (app) layout):
 * fetched after the load event, so that page's first load does not pay for them; the
 * server-rendered page shows meanwhile and hydrates once they are there. Otherwise fetched
 * at once, as the page hydrates. Decided by the first page of a visit: the lazy component is
 * made once.
 */
export function DeferredProviders({
  untilLoad: first,
  children,
}: {
  untilLoad: boolean;
  children: React.ReactNode;
}) {
  if (first) untilLoad = true;
  return <Deferred>{children}</Deferred>;
}

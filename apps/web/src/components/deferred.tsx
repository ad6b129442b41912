"use client";

import { type ComponentType, lazy, Suspense } from "react";

let loaded: Promise<void> | undefined;

/**
 * Resolves once the page has loaded: at once on the server and after a client-side
 * navigation, after the window's load event on a first visit.
 */
export function afterLoad(): Promise<void> {
  if (typeof window === "undefined") return Promise.resolve();
  loaded ??=
    document.readyState === "complete"
      ? Promise.resolve()
      : new Promise((resolve) => window.addEventListener("load", () => resolve(), { once: true }));
  return loaded;
}

/**
 * A client component whose code is fetched after the page's load event, so a first visit
 * pays for it only once the page is painted and usable. The server still renders it in
 * full: until its code arrives the reader sees (and reads) the server's HTML, and React
 * hydrates it then, replaying a click made meanwhile. Used for charts, forms and dialogs,
 * whose libraries (recharts, react-hook-form, radix, the tRPC client) would otherwise weigh
 * on every first load.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  // On the server the code is loaded at once, so that pages render it inline rather than
  // stream it in after a fallback.
  let ready: ComponentType<P> | undefined;
  if (typeof window === "undefined")
    void load().then((component) => {
      ready = component;
    });
  const Lazy = lazy(() => {
    const component = ready;
    if (component) {
      // A thenable that answers at once: React renders without suspending.
      const now = {
        // biome-ignore lint/suspicious/noThenProperty: a thenable is what React.lazy takes.
        then: (resolve: (m: { default: ComponentType<P> }) => void) =>
          resolve({ default: component }),
      };
      return now as Promise<{ default: ComponentType<P> }>;
    }
    return afterLoad()
      .then(load)
      .then((c) => ({ default: c }));
  });
  // biome-ignore lint/correctness/noComponentHookFactories: made once per island at module level, never during a render.
  function Deferred(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Deferred;
}

"use client";

import { type ComponentType, lazy, Suspense, useCallback, useEffect, useRef } from "react";

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
 * hydrates it then, and a click made meanwhile is held and replayed (useHeldClicks). Used for charts, forms and dialogs,
 * whose libraries (recharts, react-hook-form, radix, the tRPC client) would otherwise weigh
 * on every first load.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** When to fetch the code in the browser: after the load event unless told otherwise. */
  wait: () => Promise<void> = afterLoad,
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
    return wait()
      .then(load)
      .then((c) => ({ default: c }));
  });
  // biome-ignore lint/correctness/noComponentHookFactories: made once per island at module level, never during a render.
  function Deferred(props: P) {
    const { ref, ready } = useHeldClicks();
    return (
      // display: contents: the wrapper takes no box, the island lays out as before.
      <span ref={ref} style={{ display: "contents" }}>
        <Suspense fallback={null}>
          <Lazy {...props} />
          <Hydrated onHydrated={ready} />
        </Suspense>
      </span>
    );
  }
  return Deferred;
}

/** Says when the boundary it sits in has hydrated (or rendered). */
function Hydrated({ onHydrated }: { onHydrated: () => void }) {
  useEffect(onHydrated, [onHydrated]);
  return null;
}

/**
 * Until the island's code has arrived, a click (or pointerdown) inside it would be lost (React does not
 * replay it on server HTML it has not hydrated) or, on a submit button, post the form
 * natively. Such clicks are held (their default prevented) and dispatched again once the
 * island has hydrated, so a quick reader or test loses nothing.
 */
const HELD = ["pointerdown", "click"] as const;

function useHeldClicks() {
  const held = useRef<{ type: string; target: EventTarget }[] | null>([]);
  // The clicks this island dispatches again pass it; an inner island still waiting holds them.
  const replayed = useRef(new WeakSet<Event>());
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const span = ref.current;
    if (!span) return;
    const hold = (event: Event) => {
      if (held.current === null || replayed.current.has(event) || !event.target) return;
      event.preventDefault();
      event.stopPropagation();
      held.current.push({ type: event.type, target: event.target });
    };
    // Radix menus open on pointerdown, buttons and links act on click.
    for (const type of HELD) span.addEventListener(type, hold, true);
    return () => {
      for (const type of HELD) span.removeEventListener(type, hold, true);
    };
  }, []);
  const ready = useCallback(() => {
    const targets = held.current ?? [];
    held.current = null;
    for (const { type, target } of targets) {
      const init = { bubbles: true, cancelable: true, button: 0 };
      const again =
        type === "pointerdown"
          ? new PointerEvent(type, { ...init, pointerType: "mouse", isPrimary: true })
          : new MouseEvent(type, init);
      replayed.current.add(again);
      target.dispatchEvent(again);
    }
  }, []);
  return { ref, ready };
}

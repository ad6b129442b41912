"use client";

import { createContext, useCallback, useContext, useEffect, useRef } from "react";

/** What a person is asked before leaving a form with unsaved changes. */
export const LEAVE_MESSAGE = "You have unsaved changes. Leave this page and lose them?";
/** What a person is asked before closing a dialog whose form holds unsaved changes. */
export const DISCARD_MESSAGE = "You have unsaved changes. Close this form and lose them?";

/** A dialog's count of the forms inside it that hold unsaved changes. */
type UnsavedScope = { dirty: number };
const UnsavedScopeContext = createContext<UnsavedScope | null>(null);
export const UnsavedScopeProvider = UnsavedScopeContext.Provider;

/** A new scope for a dialog, and the question it asks before closing with unsaved changes. */
export function useUnsavedScope(): { scope: UnsavedScope; mayClose: () => boolean } {
  const scope = useRef<UnsavedScope>({ dirty: 0 }).current;
  const mayClose = useCallback(() => scope.dirty === 0 || window.confirm(DISCARD_MESSAGE), [scope]);
  return { scope, mayClose };
}

/** Whether the enclosing dialog may close now (asks when a form in it is unsaved). */
export function useMayClose(): () => boolean {
  const scope = useContext(UnsavedScopeContext);
  return useCallback(() => !scope || scope.dirty === 0 || window.confirm(DISCARD_MESSAGE), [scope]);
}

// One guard for the page, however many forms on it have unsaved changes.
let dirtyForms = 0;
let leaving = false;
/** The URL whose history entry was doubled, so that Back first returns to the page itself. */
let guardedHref: string | null = null;

const isFileLink = (url: URL) => url.pathname.startsWith("/api/");

/** A link to another page, opened in this tab: asked about; a refusal keeps the person here. */
function onClick(e: MouseEvent) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
    return;
  const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return;
  const to = new URL(link.href, window.location.href);
  const here = new URL(window.location.href);
  const samePage =
    to.origin === here.origin && to.pathname === here.pathname && to.search === here.search;
  if (samePage || isFileLink(to)) return;
  if (window.confirm(LEAVE_MESSAGE)) {
    leaving = true;
    return;
  }
  // Captured on the document, before Next's link handler sees the click.
  e.preventDefault();
  e.stopPropagation();
}

/** Closing the tab, reloading or typing another address: the browser's own question. */
function onBeforeUnload(e: BeforeUnloadEvent) {
  if (leaving) return;
  e.preventDefault();
  // Older browsers ask only when returnValue is set.
  e.returnValue = "";
}

/**
 * Back (or Forward) cannot be cancelled, so the page's history entry is doubled while there
 * are unsaved changes: Back lands on the page itself, and then asks. Leaving goes back once
 * more; staying doubles the entry again.
 */
function onPopState() {
  if (leaving || guardedHref !== window.location.href) return;
  if (window.confirm(LEAVE_MESSAGE)) {
    leaving = true;
    guardedHref = null;
    window.history.back();
    return;
  }
  window.history.pushState({ ...window.history.state }, "", window.location.href);
}

function install() {
  leaving = false;
  document.addEventListener("click", onClick, true);
  window.addEventListener("beforeunload", onBeforeUnload);
  window.addEventListener("popstate", onPopState);
  if (guardedHref !== window.location.href) {
    guardedHref = window.location.href;
    window.history.pushState({ ...window.history.state }, "", window.location.href);
  }
}

function uninstall() {
  document.removeEventListener("click", onClick, true);
  window.removeEventListener("beforeunload", onBeforeUnload);
  window.removeEventListener("popstate", onPopState);
  leaving = false;
  // Still on the page (saved): its doubled entry stays; elsewhere, a return doubles it anew.
  if (guardedHref !== window.location.href) guardedHref = null;
}

/**
 * While `dirty`, leaving the page asks first: a link in the app, Back and Forward, closing the
 * tab or reloading; inside a dialog, closing the dialog (Escape, a click outside, Close or
 * Cancel) asks too. useRecordForm uses it for every record form; a form that keeps its own
 * state (the report's consolidation) calls it with its own flag.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const scope = useContext(UnsavedScopeContext);
  useEffect(() => {
    if (!dirty) return;
    if (dirtyForms++ === 0) install();
    if (scope) scope.dirty++;
    return () => {
      if (scope) scope.dirty--;
      if (--dirtyForms === 0) uninstall();
    };
  }, [dirty, scope]);
}

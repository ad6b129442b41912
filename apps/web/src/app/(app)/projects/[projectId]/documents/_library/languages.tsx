"use client";

import { createContext, useContext } from "react";

/**
 * Language names (ISO 639-1 code → English name) from the API's schemas. They are handed down
 * from the server page because that module is not safe to bundle for the browser.
 */
const LanguagesContext = createContext<Record<string, string>>({});

export function LanguagesProvider({
  languages,
  children,
}: {
  languages: Record<string, string>;
  children: React.ReactNode;
}) {
  return <LanguagesContext.Provider value={languages}>{children}</LanguagesContext.Provider>;
}

export function useLanguages(): Record<string, string> {
  return useContext(LanguagesContext);
}

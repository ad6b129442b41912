"use client";

import { createContext, useContext, useState } from "react";
import type { FieldErrors } from "@/lib/errors";

type State = { errors: FieldErrors; setErrors: (errors: FieldErrors) => void };

const AchieveErrors = createContext<State>({ errors: {}, setErrors: () => {} });

/**
 * What marking an improvement achieved still needs, as the API listed it: the workflow
 * buttons fill it in, and each field of the page shows its own message.
 */
export function AchieveErrorsProvider({ children }: { children: React.ReactNode }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  return <AchieveErrors.Provider value={{ errors, setErrors }}>{children}</AchieveErrors.Provider>;
}

export const useAchieveErrors = () => useContext(AchieveErrors);

/** The message for one field, next to it. */
export function MissingNote({ field }: { field: string }) {
  const { errors } = useAchieveErrors();
  const messages = errors[field];
  if (!messages?.length) return null;
  return (
    <p id={`missing-${field}`} className="text-sm font-medium text-destructive">
      {messages.join(" ")}
    </p>
  );
}

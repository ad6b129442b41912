// Client-safe: types and the transformer only, never server code (STYLE.md item 1).

export { default as transformer } from "superjson";
export type { AppRouter, RouterInputs, RouterOutputs } from "./root";

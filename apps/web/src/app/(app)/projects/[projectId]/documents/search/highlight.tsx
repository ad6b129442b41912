import { splitSnippet } from "./snippet";

/** A snippet with its matches as <mark>: text nodes only, so nothing in it is ever HTML. */
export function Highlight({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((part, i) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their place
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-foreground">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their place
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

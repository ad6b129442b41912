/** The markers the API puts around matched words (see HIT_START / HIT_END in search.ts). */
const HIT_START = "\u27E6";
const HIT_END = "\u27E7";

export type SnippetPart = { text: string; hit: boolean };

/** Splits a snippet at the markers; a stray marker simply switches highlighting on or off. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  for (const piece of snippet.split(/([\u27E6\u27E7])/u)) {
    if (piece === HIT_START) hit = true;
    else if (piece === HIT_END) hit = false;
    else if (piece) parts.push({ text: piece, hit });
  }
  return parts;
}

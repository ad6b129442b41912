export type Mentionable = { userId: string; name: string; email: string };

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The people a comment names with "@Full Name" or "@e-mail address", in order of first
 * mention. Names match case-insensitively and must end at a word boundary, the longest name
 * first ("@Anna Bergström" is not "@Anna Berg"). An "@" inside a word (an e-mail address in
 * the text) starts no mention; an "@" that names nobody in the project is just text.
 */
export function resolveMentions(body: string, people: readonly Mentionable[]): string[] {
  const keys = people
    .flatMap((p) => [
      { key: p.name.toLowerCase(), userId: p.userId },
      { key: p.email.toLowerCase(), userId: p.userId },
    ])
    .filter((k) => k.key.length > 0)
    .sort((a, b) => b.key.length - a.key.length);
  const lower = body.toLowerCase();
  const found: string[] = [];
  for (let i = lower.indexOf("@"); i !== -1; i = lower.indexOf("@", i + 1)) {
    const before = i > 0 ? lower.charAt(i - 1) : "";
    if (before && WORD_CHAR.test(before)) continue;
    const rest = lower.slice(i + 1);
    const hit = keys.find((k) => {
      if (!rest.startsWith(k.key)) return false;
      const next = rest.charAt(k.key.length);
      return !next || !WORD_CHAR.test(next);
    });
    if (hit && !found.includes(hit.userId)) found.push(hit.userId);
  }
  return found;
}

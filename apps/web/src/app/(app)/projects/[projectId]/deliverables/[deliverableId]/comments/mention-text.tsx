const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A comment's text with each resolved "@Name" marked, so mentions stand out in words too. */
export function MentionText({ body, names }: { body: string; names: string[] }) {
  if (names.length === 0) return <>{body}</>;
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(@(?:${sorted.join("|")}))(?![\\p{L}\\p{N}_])`, "giu");
  const parts = body.split(pattern);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
          <mark key={i} className="rounded bg-sky-100 px-0.5 font-medium text-sky-900">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

import type { RouterOutputs } from "@consortia/api";
import { DateTime } from "@/components/date-time";
import { Badge } from "@/components/ui/badge";

type Mail = RouterOutputs["admin"]["outbox"][number];

function Status({ m }: { m: Mail }) {
  if (m.transport === "outbox") return <Badge variant="secondary">Not sent: outbox only</Badge>;
  if (m.sentAt) return <Badge variant="success">Sent</Badge>;
  if (m.error) return <Badge variant="destructive">Failed</Badge>;
  return <Badge variant="warning">Sending</Badge>;
}

/** Links in the text become clickable, so an invitation can be opened straight from here. */
function Body({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <pre className="mt-3 whitespace-pre-wrap break-words rounded-md bg-muted p-3 font-sans text-sm">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <a key={i} href={part} className="break-all text-primary underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

/** Newest first; open a message to read its text, links included. */
export function OutboxList({ mails }: { mails: Mail[] }) {
  if (mails.length === 0)
    return <p className="text-sm text-muted-foreground">No e-mail has been sent yet.</p>;
  return (
    <ul className="divide-y rounded-lg border">
      {mails.map((m) => (
        <li key={m.id} className="p-3">
          <details>
            <summary className="cursor-pointer">
              <span className="font-medium">{m.subject}</span>
              <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
                <span className="break-all">To {m.toAddress}</span>
                <DateTime value={m.createdAt} />
                <Status m={m} />
              </span>
            </summary>
            {m.error && <p className="mt-2 text-sm text-destructive">{m.error}</p>}
            <Body text={m.textBody} />
          </details>
        </li>
      ))}
    </ul>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { Textarea } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

/** The "@" being typed just before the caret, if any: where it starts and what follows it. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  if (at > 0 && /[\p{L}\p{N}_]/u.test(before.charAt(at - 1))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /\n/.test(query)) return null;
  return { start: at, query };
}

/**
 * A comment field where typing "@" offers the project's members: arrow keys move, Enter or a
 * click picks, Escape closes. The chosen name is written as "@Full Name", which the API
 * resolves to the person.
 */
export function MentionBox({
  projectId,
  value,
  onChange,
  label,
  error,
}: {
  projectId: string;
  value: string;
  onChange: (v: string) => void;
  label: string;
  error?: string[] | undefined;
}) {
  const trpc = useTRPC();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const people = useQuery(trpc.deliverables.comments.people.queryOptions({ projectId }));
  const typing = mentionAt(value, caret);
  const matches =
    typing && !closed
      ? (people.data ?? [])
          .filter((p) => p.name.toLowerCase().includes(typing.query.toLowerCase()))
          .slice(0, 8)
      : [];
  const open = matches.length > 0;

  function pick(name: string) {
    if (!typing) return;
    const next = `${value.slice(0, typing.start)}@${name} ${value.slice(caret)}`;
    const at = typing.start + name.length + 2;
    onChange(next);
    setCaret(at);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + matches.length) % matches.length);
    } else if (e.key === "Enter" || e.key === "Tab") {
      const person = matches[Math.min(active, matches.length - 1)];
      if (person) {
        e.preventDefault();
        pick(person.name);
      }
    } else if (e.key === "Escape") {
      e.preventDefault();
      setClosed(true);
    }
  }

  const message = error?.join(" ");
  return (
    <div className="relative grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Textarea
        ref={ref}
        id={id}
        rows={3}
        value={value}
        aria-invalid={Boolean(message)}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
          setClosed(false);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        Type @ to mention a project member; they are notified.
      </p>
      <p className="sr-only" aria-live="polite">
        {open ? `${matches.length} people match. Use the arrow keys and Enter to choose.` : ""}
      </p>
      {message && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {message}
        </p>
      )}
      {open && (
        <ul
          aria-label="People to mention"
          className="absolute top-full z-10 mt-1 grid w-full max-w-sm rounded-md border bg-background p-1 shadow-md"
        >
          {matches.map((p, i) => (
            <li key={p.userId}>
              <button
                type="button"
                aria-current={i === active ? "true" : undefined}
                className={cn(
                  "w-full rounded px-2 py-1 text-left text-sm",
                  i === active ? "bg-accent text-accent-foreground" : "hover:bg-muted",
                )}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(p.name)}
              >
                {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

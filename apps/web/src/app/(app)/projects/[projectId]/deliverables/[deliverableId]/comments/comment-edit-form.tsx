"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import type { Comment } from "./comment-view";
import { MentionBox } from "./mention-box";

/**
 * The author's own comment, edited in place. The save names the version it was based on;
 * when the comment changed elsewhere meanwhile (another window), the saved text is shown,
 * this text stays in the box, and "Save again" replaces the newer one.
 */
export function CommentEditForm({
  projectId,
  deliverableId,
  comment,
  onDone,
}: {
  projectId: string;
  deliverableId: string;
  comment: Comment;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const box = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState(comment.body);
  const [version, setVersion] = useState(comment.version);
  const [savedNow, setSavedNow] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const edit = useMutation(trpc.deliverables.comments.edit.mutationOptions());

  useEffect(() => {
    const area = box.current?.querySelector("textarea");
    area?.focus();
    area?.setSelectionRange(area.value.length, area.value.length);
  }, []);

  async function showConflict() {
    try {
      const threads = await client.deliverables.comments.list.query({ projectId, deliverableId });
      const latest = threads
        .flatMap(({ replies, ...t }) => [t, ...replies])
        .find((x) => x.id === comment.id);
      if (!latest || latest.deleted) {
        setError("This comment was deleted meanwhile. Copy your text before you leave.");
        return;
      }
      setVersion(latest.version);
      setSavedNow(latest.body);
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      await edit.mutateAsync({ projectId, commentId: comment.id, body, version });
      toast.success("Comment saved");
      await queryClient.invalidateQueries(trpc.deliverables.comments.list.pathFilter());
      onDone();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (code === "CONFLICT" && Object.keys(fieldErrors).length === 0) {
        await showConflict();
        return;
      }
      setError(message);
      setFields(fieldErrors);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2" aria-label="Edit comment">
      {error && <Alert variant="error">{error}</Alert>}
      {savedNow !== null && (
        <Alert variant="error">
          <p className="font-medium">This comment was changed elsewhere while you were editing.</p>
          <p>Saved now:</p>
          <blockquote className="my-1 whitespace-pre-line break-words border-l-2 pl-3">
            {savedNow}
          </blockquote>
          <p>Your text is still in the box. “Save again” replaces the saved text with yours.</p>
        </Alert>
      )}
      <div ref={box}>
        <MentionBox
          projectId={projectId}
          label="Edit your comment"
          value={body}
          onChange={setBody}
          error={fields.body}
        />
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="outline" size="sm" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={edit.isPending}>
          {edit.isPending ? "Saving…" : savedNow !== null ? "Save again" : "Save"}
        </Button>
      </div>
    </form>
  );
}

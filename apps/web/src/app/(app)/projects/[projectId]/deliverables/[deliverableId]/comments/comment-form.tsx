"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { MentionBox } from "./mention-box";

/** A new comment, or a reply when `parentId` is given. */
export function CommentForm({
  projectId,
  deliverableId,
  parentId = null,
  onDone,
}: {
  projectId: string;
  deliverableId: string;
  parentId?: string | null;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const add = useMutation(trpc.deliverables.comments.add.mutationOptions());

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      await add.mutateAsync({ projectId, deliverableId, parentId, body });
      setBody("");
      toast.success(parentId ? "Reply posted" : "Comment posted");
      await queryClient.invalidateQueries(trpc.deliverables.comments.list.pathFilter());
      onDone?.();
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      setFields(fieldErrors);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-2"
      aria-label={parentId ? "Reply" : "New comment"}
    >
      {error && <Alert variant="error">{error}</Alert>}
      <MentionBox
        projectId={projectId}
        label={parentId ? "Your reply" : "Your comment"}
        value={body}
        onChange={setBody}
        error={fields.body}
      />
      <div className="flex flex-wrap justify-end gap-2">
        {onDone && (
          <Button type="button" variant="outline" size="sm" onClick={onDone}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" disabled={add.isPending}>
          {add.isPending ? "Posting…" : parentId ? "Post reply" : "Post comment"}
        </Button>
      </div>
    </form>
  );
}

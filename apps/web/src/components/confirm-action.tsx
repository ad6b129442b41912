"use client";

import { useRouter } from "next/navigation";
import { type ComponentProps, type ReactNode, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";

/**
 * A button that asks before a consequential change (a delete, a workflow step). `action`
 * makes the change and answers the confirmation to show, then the page refreshes. A refusal
 * stays in the dialog for the person to read; on a stale record (CONFLICT) the page
 * refreshes as well, so they can check what changed before trying again.
 */
export function ConfirmAction({
  children,
  title,
  description,
  confirmLabel,
  conflictMessage,
  destructive = true,
  action,
  variant = "outline",
  size,
  className,
}: {
  /** The button's content. */
  children: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** What a CONFLICT means here, instead of the API's words. */
  conflictMessage?: string;
  destructive?: boolean;
  /** Makes the change; answers what the confirmation says (and, where it helps, what next). */
  action: () => Promise<string | { message: string; description: string }>;
  variant?: ComponentProps<typeof Button>["variant"];
  size?: ComponentProps<typeof Button>["size"];
  className?: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    setPending(true);
    try {
      const done = await action();
      if (typeof done === "string") toast.success(done);
      else toast.success(done.message, { description: done.description });
      setOpen(false);
      router.refresh();
    } catch (err) {
      const { message, code } = describeError(err);
      setError(code === "CONFLICT" ? (conflictMessage ?? message) : message);
      if (code === "CONFLICT") router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button
        type="button"
        variant={variant}
        size={size}
        className={className}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {children}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        destructive={destructive}
        pending={pending}
        error={error}
        onConfirm={confirm}
      />
    </>
  );
}

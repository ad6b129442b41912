"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";

/**
 * A small button that asks before a destructive change. `action` makes the change and answers
 * the confirmation to show; on a stale record (CONFLICT) the page refreshes so the person can
 * check what changed before trying again.
 */
export function ConfirmAction({
  className,
  children,
  title,
  description,
  confirmLabel,
  conflictMessage,
  pending,
  action,
}: {
  className: string;
  children: React.ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  conflictMessage: string;
  pending: boolean;
  action: () => Promise<string>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
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
        destructive
        pending={pending}
        error={error}
        onConfirm={async () => {
          try {
            toast.success(await action());
            setOpen(false);
            router.refresh();
          } catch (err) {
            const { message, code } = describeError(err);
            setError(code === "CONFLICT" ? conflictMessage : message);
            if (code === "CONFLICT") router.refresh();
          }
        }}
      />
    </>
  );
}

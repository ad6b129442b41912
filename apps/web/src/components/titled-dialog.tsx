"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { useMayClose, useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";
import { cn } from "@/lib/utils";

/** A dialog with its title and description; `trigger` opens it, or `open` controls it. */
export function TitledDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  wide = false,
  titleClassName,
  unsaved,
  children,
}: {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** Room for a form of two columns or a list to choose from. */
  wide?: boolean;
  titleClassName?: string;
  /** For a form that keeps its own state: it holds unsaved changes, so closing asks first. */
  unsaved?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog {...(open !== undefined ? { open } : {})} {...(onOpenChange ? { onOpenChange } : {})}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent className={cn(wide && "max-w-2xl")}>
        <DialogHeader>
          <DialogTitle className={titleClassName}>{title}</DialogTitle>
          {description && <DialogDescription>{description}</DialogDescription>}
        </DialogHeader>
        {unsaved !== undefined && <UnsavedMark dirty={unsaved} />}
        {children}
      </DialogContent>
    </Dialog>
  );
}

/** Counts the dialog's own-state form as unsaved (inside the dialog, so closing asks). */
function UnsavedMark({ dirty }: { dirty: boolean }) {
  useUnsavedChangesGuard(dirty);
  return null;
}

/** A dialog form's Cancel and submit; the submit says what it does, and that it is busy. */
export function DialogButtons({
  onCancel,
  pending,
  label,
  pendingLabel = "Saving…",
}: {
  onCancel: () => void;
  pending: boolean;
  label: string;
  pendingLabel?: string;
}) {
  const mayClose = useMayClose();
  return (
    <DialogFooter>
      <Button type="button" variant="outline" onClick={() => mayClose() && onCancel()}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </DialogFooter>
  );
}

"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type * as React from "react";
import { UnsavedScopeProvider, useMayClose, useUnsavedScope } from "@/lib/use-unsaved-changes";
import { cn } from "@/lib/utils";

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;

/** A button that closes its dialog, after asking if a form in it holds unsaved changes. */
export function DialogClose({
  onClick,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Close>) {
  const mayClose = useMayClose();
  return (
    <DialogPrimitive.Close
      {...props}
      onClick={(e) => {
        onClick?.(e);
        if (!e.defaultPrevented && !mayClose()) e.preventDefault();
      }}
    />
  );
}

/**
 * The dialog's panel. Escape, a click outside and the Close button ask first while a form
 * inside holds unsaved changes (its forms count themselves through useUnsavedChangesGuard).
 */
export function DialogContent({
  className,
  children,
  onEscapeKeyDown,
  onPointerDownOutside,
  onFocusOutside,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Content>) {
  const { scope, mayClose } = useUnsavedScope();
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/50" />
      <DialogPrimitive.Content
        className={cn(
          "fixed left-1/2 top-1/2 z-50 grid max-h-[90vh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-lg border bg-background p-6 shadow-lg",
          className,
        )}
        {...props}
        onEscapeKeyDown={(e) => {
          onEscapeKeyDown?.(e);
          if (!e.defaultPrevented && !mayClose()) e.preventDefault();
        }}
        onPointerDownOutside={(e) => {
          onPointerDownOutside?.(e);
          if (!e.defaultPrevented && !mayClose()) e.preventDefault();
        }}
        onFocusOutside={(e) => {
          onFocusOutside?.(e);
          // Focus moving away never discards typed input silently.
          if (scope.dirty > 0) e.preventDefault();
        }}
      >
        <UnsavedScopeProvider value={scope}>
          {children}
          <DialogClose className="absolute right-4 top-4 rounded-sm opacity-70 hover:opacity-100 focus-visible:ring-2 focus-visible:ring-ring">
            <X className="size-4" aria-hidden />
            <span className="sr-only">Close</span>
          </DialogClose>
        </UnsavedScopeProvider>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
export function DialogHeader({ className, ...props }: React.ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1.5", className)} {...props} />;
}
export function DialogTitle({
  className,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn("text-lg font-semibold", className)} {...props} />;
}
export function DialogDescription({
  className,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Description>) {
  return (
    <DialogPrimitive.Description
      className={cn("text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}
export function DialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}
      {...props}
    />
  );
}

import type * as React from "react";
import { cn } from "@/lib/utils";

export function Alert({
  variant = "info",
  className,
  ...props
}: React.ComponentProps<"div"> & { variant?: "info" | "error" | "success" }) {
  return (
    <div
      role={variant === "error" ? "alert" : "status"}
      className={cn(
        "rounded-md border px-4 py-3 text-sm",
        variant === "error" && "border-red-300 bg-red-50 text-red-900",
        variant === "success" && "border-emerald-300 bg-emerald-50 text-emerald-900",
        variant === "info" && "border-sky-300 bg-sky-50 text-sky-900",
        className,
      )}
      {...props}
    />
  );
}

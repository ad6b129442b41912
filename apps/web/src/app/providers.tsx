"use client";

import { Toaster } from "sonner";
import { TRPCReactProvider } from "@/trpc/react";

/** What every page's client components share: the tRPC client and its cache, the toasts. */
export function Providers({ children }: { children: React.ReactNode }) {
  return (
    <TRPCReactProvider>
      {children}
      <Toaster richColors position="top-center" />
    </TRPCReactProvider>
  );
}

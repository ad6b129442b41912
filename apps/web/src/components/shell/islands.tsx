"use client";

import { deferred } from "@/components/deferred";

// The header's menu (radix, next-auth's client) and bell (the tRPC client) load after the page.
export const NotificationBell = deferred(() =>
  import("./notification-bell").then((m) => m.NotificationBell),
);
export const UserMenu = deferred(() => import("./user-menu").then((m) => m.UserMenu));

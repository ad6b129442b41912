import type { Metadata } from "next";
import { NotificationList } from "./notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default function NotificationsPage() {
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        <p className="text-sm text-muted-foreground">
          Deadlines, reviews and mentions in your projects. Choose what reaches you by e-mail in
          your profile.
        </p>
      </div>
      <NotificationList />
    </div>
  );
}

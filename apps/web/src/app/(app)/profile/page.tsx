import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { CalendarFeed } from "./calendar-feed";
import { NameForm } from "./name-form";
import { NotificationSettings } from "./notification-settings";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const api = await serverApi();
  const me = await api.account.me();
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
        <p className="text-sm text-muted-foreground">Your name and password on this platform.</p>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Your account</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted-foreground">E-mail</dt>
            <dd className="min-w-0 break-all">{me.email}</dd>
            <dt className="text-muted-foreground">Member since</dt>
            <dd>{formatDate(me.created_at)}</dd>
            {me.is_admin && (
              <>
                <dt className="text-muted-foreground">Platform role</dt>
                <dd>
                  <Badge variant="secondary">Platform admin</Badge>
                </dd>
              </>
            )}
          </dl>
          <p className="mt-3 text-xs text-muted-foreground">
            Your e-mail address is your sign-in name; it cannot be changed here.
          </p>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Name</CardTitle>
          <CardDescription>Shown to the other people in your projects.</CardDescription>
        </CardHeader>
        <CardContent>
          <NameForm key={me.name} name={me.name} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Change password</CardTitle>
          <CardDescription>
            Changing your password signs you out everywhere, on this device too. Then sign in again
            with the new password.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <PasswordForm email={me.email} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Notifications</CardTitle>
          <CardDescription>
            How you hear about deadlines, reviews and mentions: at once by e-mail, in a daily
            digest, or not at all.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <NotificationSettings />
          <div className="grid gap-2 border-t pt-4">
            <h3 className="font-medium">Calendar feed</h3>
            <CalendarFeed />
          </div>
        </CardContent>
      </Card>
    </div>
  );
}

import Link from "next/link";
import { redirect } from "next/navigation";
import { NotificationBell } from "@/components/shell/notification-bell";
import { UserMenu } from "@/components/shell/user-menu";
import { currentActor } from "@/server/auth";

export const dynamic = "force-dynamic";

/** Every signed-in page: checks the session against the database, then draws the header. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in?notice=expired");
  return (
    <div className="min-h-screen">
      <header className="border-b bg-background">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
          <Link href="/projects" className="text-lg font-semibold tracking-tight text-primary">
            Consortia
          </Link>
          <div className="flex items-center gap-1">
            <NotificationBell />
            <UserMenu name={actor.name} email={actor.email} isAdmin={actor.isAdmin} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}

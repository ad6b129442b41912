import Link from "next/link";

/** Pages for people who are not signed in: sign-in, accept an invitation, reset a password. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Link href="/" className="mb-6 text-2xl font-semibold tracking-tight text-primary">
        Consortia
      </Link>
      <main id="main" className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}

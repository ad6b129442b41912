"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Searching happens on its own page; without JavaScript the form still gets there. */
export function SearchForm({ action }: { action: string }) {
  const router = useRouter();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget).get("q") ?? "").trim();
    router.push(`${action}?${new URLSearchParams({ q })}`);
  }

  return (
    <search className="min-w-0 flex-1 sm:flex-none">
      <form method="get" action={action} onSubmit={onSubmit} className="flex gap-2">
        <Input
          type="search"
          name="q"
          aria-label="Search documents"
          placeholder="Search titles and text…"
          required
          minLength={2}
          maxLength={200}
          className="min-w-0 sm:w-64"
        />
        <Button type="submit" variant="secondary">
          <Search aria-hidden />
          Search
        </Button>
      </form>
    </search>
  );
}

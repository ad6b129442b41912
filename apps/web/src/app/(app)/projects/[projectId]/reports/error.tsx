"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A report page that failed to load: say so and offer another try. */
export default function ReportsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Reports</h1>
      <Alert variant="error">
        The report could not be loaded. Check your connection and try again.
      </Alert>
      <Button type="button" variant="outline" className="justify-self-start" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}

import { Button } from "@/components/ui/button";

export function FormButtons({
  onCancel,
  pending,
  again,
}: {
  onCancel: () => void;
  pending: boolean;
  again: boolean;
}) {
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : again ? "Save again" : "Save"}
      </Button>
    </div>
  );
}

"use client";

import { Pencil } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DocumentDetail } from "../_shared/server-data";
import { EditForm } from "./edit-form";
import type { FolderOption } from "./folder-options";

/** The saved details, or for the document's editors a form to change them. */
export function DetailsCard({
  projectId,
  doc,
  folders,
  languages,
  children,
}: {
  projectId: string;
  doc: DocumentDetail;
  folders: FolderOption[];
  /** ISO code → name; passed in because the API's schema module is not client-safe. */
  languages: Record<string, string>;
  children: React.ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle>{editing ? "Edit details" : "Details"}</CardTitle>
        {doc.can.edit && !editing && (
          <Button ref={editButton} variant="outline" size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden /> Edit details
          </Button>
        )}
      </CardHeader>
      <CardContent>
        {editing ? (
          <EditForm
            projectId={projectId}
            doc={doc}
            folders={folders}
            languages={languages}
            onDone={() => setEditing(false)}
          />
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
}

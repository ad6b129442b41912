"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Viewer } from "../params";
import { DraftFiles } from "./draft-files";
import { CategoryField, LanguageField, OwnerField, VisibilityField } from "./meta-fields";
import { parseTags } from "./tags";
import type { BatchMeta, Draft } from "./types";

export type MetaValues = {
  category: string;
  visibility: BatchMeta["visibility"];
  language: string;
  tags: string;
  owner: string;
};
export type MetaErrors = Partial<Record<keyof MetaValues | "titles", string>>;

/**
 * The upload panel: details shared by the batch (category, visibility, language, tags and, for
 * leads, the owning partner) and a title per file. "Start upload" hands the batch to the queue.
 */
export function UploadDetails({
  drafts,
  folderId,
  destination,
  viewer,
  partners,
  onTitle,
  onRemove,
  onStart,
  onDiscard,
}: {
  drafts: Draft[];
  folderId: string | null;
  destination: string;
  viewer: Viewer;
  partners: { id: string; name: string }[];
  onTitle: (key: string, title: string) => void;
  onRemove: (key: string) => void;
  onStart: (meta: BatchMeta) => void;
  onDiscard: () => void;
}) {
  const [values, setValues] = useState<MetaValues>({
    category: "",
    visibility: "partnership",
    language: "",
    tags: "",
    owner: viewer.partnerId ?? "",
  });
  const [errors, setErrors] = useState<MetaErrors>({});
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Whoever chose the files (keyboard or screen reader included) lands on the panel.
  useEffect(() => heading.current?.focus(), []);
  const set = <K extends keyof MetaValues>(key: K, value: MetaValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const next: MetaErrors = {};
    if (!values.category) next.category = "Choose a category";
    const tags = parseTags(values.tags);
    if (!tags.ok) next.tags = tags.error;
    if (viewer.actForAnyPartner && !values.owner) next.owner = "Choose the owning partner";
    const badTitle = drafts.find((d) => !d.title.trim() || d.title.trim().length > 200);
    if (badTitle) next.titles = `Give ${badTitle.file.name} a title of at most 200 characters`;
    setErrors(next);
    if (Object.keys(next).length > 0 || !tags.ok) {
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus(),
      );
      return;
    }
    onStart({
      category: values.category as BatchMeta["category"],
      visibility: values.visibility,
      language: values.language || null,
      tags: tags.tags,
      ownerPartnerId:
        viewer.actForAnyPartner && values.owner !== viewer.partnerId ? values.owner : null,
      folderId,
    });
  }

  const count = drafts.length;
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
      className="grid gap-4 rounded-md border bg-muted/40 p-4"
    >
      <div className="grid gap-1">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="font-semibold outline-none">
          Details for {count} {count === 1 ? "file" : "files"}
        </h3>
        <p className="text-sm text-muted-foreground">
          These details apply to every file below; each file keeps its own title. They go into{" "}
          {destination}.
        </p>
      </div>
      {Object.keys(errors).length > 0 && (
        <Alert variant="error">Some details need attention before the upload can start.</Alert>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <CategoryField
          value={values.category}
          error={errors.category}
          onChange={(v) => set("category", v)}
        />
        <LanguageField value={values.language} onChange={(v) => set("language", v)} />
        <Field
          label="Tags"
          hint="Optional. Separate with commas, e.g. peer review, medtech"
          error={errors.tags}
        >
          {(p) => (
            <Input
              {...p}
              value={values.tags}
              onChange={(e) => set("tags", e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        {viewer.actForAnyPartner && (
          <OwnerField
            value={values.owner}
            partners={partners}
            error={errors.owner}
            onChange={(v) => set("owner", v)}
          />
        )}
        <div className="md:col-span-2">
          <VisibilityField value={values.visibility} onChange={(v) => set("visibility", v)} />
        </div>
      </div>
      <DraftFiles drafts={drafts} error={errors.titles} onTitle={onTitle} onRemove={onRemove} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onDiscard}>
          Discard
        </Button>
        <Button type="submit" disabled={count === 0}>
          Start upload
        </Button>
      </div>
    </form>
  );
}

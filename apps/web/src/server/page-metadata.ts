import "server-only";
import type { Metadata } from "next";
import { projectOverview } from "./project-data";

/**
 * A project page's title: its own, then the project's acronym. The record a title names is
 * read by the same cached call the page makes, so metadata costs no extra query.
 */
export async function projectMetadata(
  projectId: string,
  title: string | Promise<string>,
): Promise<Metadata> {
  const [own, { project }] = await Promise.all([title, projectOverview(projectId)]);
  return { title: `${own} · ${project.acronym}` };
}

/** `generateMetadata` of a project page whose title names no record. */
export const titled =
  (title: string) =>
  async ({ params }: { params: Promise<{ projectId: string }> }): Promise<Metadata> =>
    projectMetadata((await params).projectId, title);

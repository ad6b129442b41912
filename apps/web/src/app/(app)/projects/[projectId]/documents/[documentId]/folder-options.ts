export type FolderOption = { id: string; label: string };

/** Every folder as its full path ("Meetings / 2026 / Kick-off"), sorted for a picker. */
export function folderOptions(
  folders: { id: string; parentId: string | null; name: string }[],
): FolderOption[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const pathOf = (id: string): string => {
    const names: string[] = [];
    const seen = new Set<string>();
    let current = byId.get(id);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.unshift(current.name);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return names.join(" / ");
  };
  return folders
    .map((f) => ({ id: f.id, label: pathOf(f.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Cursor and presence colours, each with at least 4.5:1 contrast against white label text. */
export const PRESENCE_COLORS = [
  "#1d4ed8",
  "#b91c1c",
  "#047857",
  "#7c3aed",
  "#b45309",
  "#be185d",
  "#0e7490",
  "#4d7c0f",
] as const;

/** A stable colour for an id, so that a person keeps their colour across reloads. */
export function presenceColorFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}

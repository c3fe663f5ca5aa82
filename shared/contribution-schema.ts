/**
 * The typed blocks of a track document, as both sides see them. The editor (app/editor/) defines Tiptap
 * nodes with these names and attributes; the server (server/contributions/) reads them from the Y.Doc to
 * attribute authors and to build the read model. Changing a name here changes the stored format.
 */

/** Node names in the Y.XmlFragment ("default") that Tiptap binds to. */
export const ContributionNode = {
  /** A problem ("Problemfeld"): rich text (paragraphs) with an id and an author. */
  problem: "problem",
  /** A proposed step ("Lösungsschritt"): like a problem, plus the problems it refers to. */
  step: "step",
} as const;

export type ContributionKind = (typeof ContributionNode)[keyof typeof ContributionNode];

export const CONTRIBUTION_KINDS: readonly ContributionKind[] = [ContributionNode.problem, ContributionNode.step];

/** Attributes of problem and step nodes. */
export const ContributionAttr = {
  /** Stable unique id (a UUID), kept when the block moves; new ids for pasted copies. */
  id: "id",
  /** Set by the server from the session of whoever created the block; clients' values are replaced. */
  authorId: "authorId",
  authorName: "authorName",
  authorOrganisation: "authorOrganisation",
  /** Steps only: the ids of the problems the step refers to, as a JSON array string. */
  problemIds: "problemIds",
} as const;

export function isContributionKind(name: string): name is ContributionKind {
  return (CONTRIBUTION_KINDS as readonly string[]).includes(name);
}

/** Reads a step's problem ids from its attribute, tolerating anything a modified client may have written. */
export function parseProblemIds(value: unknown): string[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string").slice(0, 100) : [];
  } catch {
    return [];
  }
}

/** Links are rendered only for these schemes, everywhere (editor, pages, exports). */
export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

export function isAllowedLink(href: unknown): href is string {
  if (typeof href !== "string") return false;
  try {
    const url = new URL(href.trim());
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol.replace(/:$/, ""));
  } catch {
    return false;
  }
}

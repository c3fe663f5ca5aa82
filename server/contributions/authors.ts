import type { Principal } from "../auth/principal";

/** The author record of a contribution, as the server attributes it. */
export interface Author {
  id: string;
  name: string;
  organisation: string | null;
}

export function authorOf(principal: Principal): Author | null {
  switch (principal.kind) {
    case "participant":
      return { id: principal.participantId, name: principal.displayName, organisation: principal.organisation };
    case "account":
      return { id: principal.userId, name: principal.displayName, organisation: null };
    case "observer":
      return null;
  }
}

// What the loader of my-contributions.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { ownData } from "../../server/privacy/own-contributions";
import { requirePrincipal } from "../auth/guards.server";
import type { Route } from "./+types/my-contributions";

export function loadMyContributions({ context, request }: Route.LoaderArgs) {
  const principal = requirePrincipal(context, request);
  if (principal.kind !== "participant") return { data: null };
  return { data: ownData(context.db, principal) };
}

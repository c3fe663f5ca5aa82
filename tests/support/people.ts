import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { moderatorAssignments, participants } from "../../db/schema";
import { createAccount } from "../../server/auth/accounts";
import { joinEvent, logIn } from "./http-session";

interface Server {
  url: string;
  db: AppDatabase;
}

/** Joins the event and returns the session cookie and the participant's id (looked up by the unique name). */
export async function joinedParticipant(server: Server, name: string): Promise<{ cookie: string; id: string }> {
  const cookie = await joinEvent(server.url, name);
  const row = server.db.select().from(participants).where(eq(participants.displayName, name)).get();
  if (!row) throw new Error(`participant ${name} not stored`);
  return { cookie, id: row.id };
}

/** A moderator account of an event (trackId null) or of one track, logged in; returns its session cookie. */
export async function loggedInModerator(
  server: Server,
  account: { email: string; password: string; displayName: string },
  assignment: { eventId: string; trackId: string | null },
): Promise<string> {
  const user = await createAccount(server.db, { ...account, role: "moderator" });
  server.db
    .insert(moderatorAssignments)
    .values({ userId: user.id, ...assignment })
    .run();
  return logIn(server.url, account.email, account.password);
}

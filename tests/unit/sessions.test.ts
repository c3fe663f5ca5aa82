import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { createAccount } from "../../server/auth/accounts";
import { SESSION_POLICY } from "../../server/auth/session-policy";
import { createSession, endSession, resolveSession, revokeUserSessions } from "../../server/auth/sessions";

const dbs: ReturnType<typeof openDatabase>[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.$client.close();
});

async function withAccount() {
  const db = openDatabase(":memory:");
  dbs.push(db);
  const user = await createAccount(db, {
    email: `${randomUUID()}@fahrplan.test`,
    displayName: "Moderation",
    password: "ein-langes-passwort",
    role: "moderator",
  });
  return { db, user };
}

const HOUR = 3_600_000;

describe("sessions", () => {
  it("resolve to their account while active", async () => {
    const { db, user } = await withAccount();
    const start = new Date("2018-11-07T08:00:00Z");
    const token = createSession(db, { userId: user.id }, start);
    expect(resolveSession(db, token, new Date(start.getTime() + HOUR))).toMatchObject({
      kind: "account",
      userId: user.id,
    });
  });

  it("end after the idle timeout without activity", async () => {
    const { db, user } = await withAccount();
    const start = new Date("2018-11-07T08:00:00Z");
    const token = createSession(db, { userId: user.id }, start);
    const idle = SESSION_POLICY.account.idleMs;
    expect(resolveSession(db, token, new Date(start.getTime() + idle + 1000))).toBeNull();
  });

  it("stay alive with activity, but never beyond the absolute timeout", async () => {
    const { db, user } = await withAccount();
    const start = new Date("2018-11-07T08:00:00Z").getTime();
    const token = createSession(db, { userId: user.id }, new Date(start));
    let now = start;
    while (now < start + SESSION_POLICY.account.absoluteMs - HOUR) {
      now += HOUR;
      expect(resolveSession(db, token, new Date(now))).not.toBeNull();
    }
    expect(resolveSession(db, token, new Date(start + SESSION_POLICY.account.absoluteMs + 1))).toBeNull();
  });

  it("end on logout and when revoked", async () => {
    const { db, user } = await withAccount();
    const first = createSession(db, { userId: user.id });
    const second = createSession(db, { userId: user.id });
    endSession(db, first);
    expect(resolveSession(db, first)).toBeNull();
    expect(resolveSession(db, second)).not.toBeNull();
    revokeUserSessions(db, user.id);
    expect(resolveSession(db, second)).toBeNull();
  });

  it("store only a hash of the token", async () => {
    const { db, user } = await withAccount();
    const token = createSession(db, { userId: user.id });
    const stored = db.$client.prepare("select id from sessions").all() as { id: string }[];
    expect(stored.map((row) => row.id)).not.toContain(token);
  });
});

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinEvent, logIn, postForm, TEST_ADMIN, TEST_JOIN_CODE } from "../support/http-session";
import { ServerProcess } from "../support/server-process";
import { tempDir } from "../support/temp-dir";

/**
 * What the operator's logs and the audit log hold after logins and joins: security events, but no
 * secrets (passwords, session tokens, join codes) and no personal data in clear (names, e-mail addresses).
 */
describe("security log", () => {
  const dir = tempDir();
  const server = new ServerProcess(dir.file("fahrplan.db"));
  const secrets: string[] = [];
  beforeAll(async () => {
    await server.start(0);
    await postForm(server.url, "/login", { email: "jemand@behoerde.example", password: "falsches-passwort-123" });
    const adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const participantCookie = await joinEvent(server.url, "Erika Mustermann", { organisation: "Stadt Jena" });
    secrets.push(
      "falsches-passwort-123",
      TEST_ADMIN.password,
      TEST_JOIN_CODE,
      ...[adminCookie, participantCookie].map((cookie) => cookie.split("=").slice(1).join("=").split(";")[0] ?? ""),
    );
  });
  afterAll(async () => {
    await server.stop("SIGKILL");
    dir.remove();
  });

  it("logs the events without secrets, names or e-mail addresses", async () => {
    // The child's log lines arrive through a pipe, a moment after the responses.
    await expect.poll(() => server.output.join("\n")).toContain('"audit":"join"');
    const log = server.output.join("\n");
    expect(log).toContain('"audit":"login_failed"');
    for (const secret of secrets) expect(secret.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(log).not.toContain(secret);
    for (const personal of ["Erika Mustermann", "Stadt Jena", "jemand@behoerde.example"]) {
      expect(log).not.toContain(personal);
    }
  });

  it("stores a pseudonym for the address of a failed login, the same one for the same address", async () => {
    await postForm(server.url, "/login", { email: "Jemand@Behoerde.example ", password: "noch-ein-falsches-1" });
    const db = new Database(server.databasePath, { readonly: true });
    const rows = db.prepare("select details from audit_log where action = 'login_failed' order by id").all() as {
      details: string;
    }[];
    db.close();
    const emails = rows.map((row) => (JSON.parse(row.details) as { email: string }).email);
    expect(emails).toHaveLength(2);
    expect(emails[0]).toMatch(/^p:[0-9a-f]{16}$/);
    expect(emails[1]).toBe(emails[0]);
  });
});

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { findUserByEmail } from "../../server/auth/accounts";
import { verifyPassword } from "../../server/auth/passwords";
import { tempDir } from "../support/temp-dir";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function adminCreate(databasePath: string, args: string[], password: string) {
  return spawnSync(process.execPath, ["build/node/admin-create.js", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath },
    input: `${password}\n`,
    encoding: "utf8",
  });
}

describe("npm run admin:create", () => {
  it("creates an admin who can log in, and refuses a short password", async () => {
    const dir = tempDir();
    const databasePath = dir.file("fahrplan.db");
    const ok = adminCreate(
      databasePath,
      ["--email", "Chefin@Fahrplan.test", "--name", "Chefin"],
      "ein-langes-passwort",
    );
    expect(ok.status, ok.stderr).toBe(0);
    const short = adminCreate(databasePath, ["--email", "zweite@fahrplan.test", "--name", "Zweite"], "kurz");
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("mindestens 12 Zeichen");

    const db = openDatabase(databasePath);
    const user = findUserByEmail(db, "chefin@fahrplan.test");
    expect(user?.role).toBe("admin");
    expect(await verifyPassword("ein-langes-passwort", user?.passwordHash ?? "")).toBe(true);
    expect(findUserByEmail(db, "zweite@fahrplan.test")).toBeNull();
    db.$client.close();
    dir.remove();
  });
});

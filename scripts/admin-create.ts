/**
 * `npm run admin:create` – creates an admin account in the configured database (DATABASE_PATH).
 * Asks for e-mail, name and password; for scripts: `--email`, `--name` and the password on standard input
 * (`printf '%s\n' "$PASSWORD" | npm run admin:create -- --email … --name …`).
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/client";
import { AccountError, createAccount } from "../server/auth/accounts";
import { audit } from "../server/auth/audit";
import { InvalidEnvError, parseEnv } from "../server/env";
import { createLogger } from "../server/logger";
import { MIN_PASSWORD_LENGTH } from "../shared/account-rules";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const email = values.email ?? (await prompt.question("E-Mail-Adresse: "));
  const displayName = values.name ?? ((await prompt.question("Name (Enter: Administration): ")) || "Administration");
  const password = await prompt.question(`Passwort (mindestens ${MIN_PASSWORD_LENGTH} Zeichen): `);
  prompt.close();

  const db = openDatabase(env.DATABASE_PATH);
  try {
    const user = await createAccount(db, { email, displayName, password, role: "admin" });
    audit(db, createLogger("silent"), {
      action: "admin_created",
      actor: "system",
      details: { userId: user.id, via: "cli" },
    });
    console.log(`Admin ${user.email} angelegt (created) in ${env.DATABASE_PATH}.`);
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    db.$client.close();
  }
}

void main();

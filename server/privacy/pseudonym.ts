import { createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { instanceSecrets } from "../../db/schema";

const KEY_NAME = "audit-pseudonym";

/**
 * Turns personal data that a security log needs to correlate (the e-mail address typed at a failed
 * login) into a pseudonym: the same input gives the same pseudonym in this installation, so repeated
 * attacks on one account stand out, but the log alone does not reveal the address. The key lives in the
 * database, made once per installation; an admin who knows an address can still check it.
 */
export function pseudonymFor(db: AppDatabase, value: string): string {
  const mac = createHmac("sha256", keyOf(db)).update(value.trim().toLowerCase()).digest("hex");
  return `p:${mac.slice(0, 16)}`;
}

function keyOf(db: AppDatabase): Buffer {
  const stored = db.select().from(instanceSecrets).where(eq(instanceSecrets.name, KEY_NAME)).get();
  if (stored) return stored.value;
  db.insert(instanceSecrets)
    .values({ name: KEY_NAME, value: randomBytes(32) })
    .onConflictDoNothing()
    .run();
  return keyOf(db);
}

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { type Role, type User, users } from "../../db/schema";
import { type AccountRefusal, MIN_PASSWORD_LENGTH } from "../../shared/account-rules";
import { de } from "../../shared/i18n/de";
import { hashPassword } from "./passwords";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: AppDatabase, email: string): User | null {
  return (
    db
      .select()
      .from(users)
      .where(eq(users.email, normaliseEmail(email)))
      .get() ?? null
  );
}

export function adminExists(db: AppDatabase): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).get() !== undefined;
}

/**
 * Bad input for a new account, by its refusal code; the message is the German text, for the CLI and the
 * log (a page shows the code's text in the visitor's language).
 */
export class AccountError extends Error {
  constructor(readonly code: AccountRefusal) {
    super(de.admin.accountRefusals[code]);
    this.name = "AccountError";
  }
}

/** Creates an admin or moderator account. Throws AccountError on bad input. */
export async function createAccount(
  db: AppDatabase,
  input: { email: string; displayName: string; password: string; role: Role },
): Promise<User> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError("invalid-email");
  if (input.displayName.trim() === "") throw new AccountError("name-missing");
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError("password-too-short");
  }
  if (findUserByEmail(db, email)) throw new AccountError("email-taken");
  const user = {
    id: randomUUID(),
    email,
    displayName: input.displayName.trim(),
    passwordHash: await hashPassword(input.password),
    role: input.role,
  };
  db.insert(users).values(user).run();
  return db.select().from(users).where(eq(users.id, user.id)).get() as User;
}

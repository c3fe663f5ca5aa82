import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { type Role, type User, users } from "../../db/schema";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords";

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

export class AccountError extends Error {}

/** Creates an admin or moderator account. Throws AccountError with a German message on bad input. */
export async function createAccount(
  db: AppDatabase,
  input: { email: string; displayName: string; password: string; role: Role },
): Promise<User> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError("Bitte eine gültige E-Mail-Adresse angeben.");
  if (input.displayName.trim() === "") throw new AccountError("Bitte einen Namen angeben.");
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountError(`Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`);
  }
  if (findUserByEmail(db, email)) throw new AccountError("Für diese E-Mail-Adresse gibt es schon ein Konto.");
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

import type { AppDatabase } from "../../db/client";
import type { Env } from "../env";
import type { Logger } from "../logger";
import { adminExists, createAccount } from "./accounts";
import { audit } from "./audit";

/**
 * There is no default password. When no admin exists, one is created from FAHRPLAN_ADMIN_EMAIL and
 * FAHRPLAN_ADMIN_PASSWORD; without them the log says how to create one (`npm run admin:create`).
 */
export async function ensureFirstAdmin(db: AppDatabase, env: Env, logger: Logger): Promise<void> {
  if (adminExists(db)) return;
  if (!env.FAHRPLAN_ADMIN_EMAIL || !env.FAHRPLAN_ADMIN_PASSWORD) {
    logger.warn(
      "Es gibt noch keinen Admin. Starten Sie mit FAHRPLAN_ADMIN_EMAIL und FAHRPLAN_ADMIN_PASSWORD oder führen Sie `npm run admin:create` aus. (No admin yet.)",
    );
    return;
  }
  const user = await createAccount(db, {
    email: env.FAHRPLAN_ADMIN_EMAIL,
    displayName: "Administration",
    password: env.FAHRPLAN_ADMIN_PASSWORD,
    role: "admin",
  });
  audit(db, logger, { action: "admin_created", actor: "system", details: { userId: user.id, via: "environment" } });
}

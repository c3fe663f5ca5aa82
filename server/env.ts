import { z } from "zod";
import { isWellFormedJoinCode, normaliseJoinCode } from "../shared/join-code";

/**
 * The server's configuration, read from the environment once at start. Nothing else reads `process.env`.
 * Every variable is documented in README.md and .env.example.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("./data/fahrplan.db"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The address people use, when it differs from what the server sees (behind a reverse proxy). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Trust X-Forwarded-* headers from a reverse proxy in front of the app. */
  TRUST_PROXY: z.stringbool().default(false),
  /** The first admin, created at start when there is no admin yet. Both or neither. */
  FAHRPLAN_ADMIN_EMAIL: z.email().optional(),
  FAHRPLAN_ADMIN_PASSWORD: z.string().min(12, "mindestens 12 Zeichen (at least 12 characters)").optional(),
  /** Days that security-log entries (audit log) are kept before they are deleted. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Bearer token for `GET /metrics`; without it, only requests from this machine itself get the figures. */
  METRICS_TOKEN: z.string().min(16, "mindestens 16 Zeichen (at least 16 characters)").optional(),
  /**
   * Where each event's own glossary lives (`<slug>.txt`: abbreviations and synonyms for the search,
   * server/search/glossary.ts). Default: the folder `glossar` beside the database file.
   */
  FAHRPLAN_GLOSSARY_DIR: z.string().min(1).optional(),
  /** The seeded event's first join code, e.g. one printed on flyers. Random when unset. */
  FAHRPLAN_JOIN_CODE: z
    .string()
    .transform(normaliseJoinCode)
    .refine(isWellFormedJoinCode, "8 bis 32 Zeichen aus 0-9 und A-Z ohne I, L, O, U (8 to 32 characters)")
    .optional(),
  /**
   * Test knobs for the fault-injection suite (docs/faults.md), not for operators: how often the server
   * pings each collaboration socket (a socket that misses one ping is dropped at the next), and after how
   * many stored updates a document's log is compacted.
   */
  FAHRPLAN_HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
  FAHRPLAN_COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).max(1_000_000).default(500),
});

export type Env = Readonly<z.infer<typeof schema>>;

export class InvalidEnvError extends Error {}

/** Parses the environment; on a bad value throws with one German/English line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (PORT= in a .env file) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema
    .refine((env) => (env.FAHRPLAN_ADMIN_EMAIL === undefined) === (env.FAHRPLAN_ADMIN_PASSWORD === undefined), {
      path: ["FAHRPLAN_ADMIN_PASSWORD"],
      message: "FAHRPLAN_ADMIN_EMAIL und FAHRPLAN_ADMIN_PASSWORD gehören zusammen (set both or neither)",
    })
    .safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new InvalidEnvError(`Ungültige Konfiguration (invalid configuration):\n${lines.join("\n")}`);
  }
  return Object.freeze(result.data);
}

import { z } from "zod";

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
});

export type Env = Readonly<z.infer<typeof schema>>;

export class InvalidEnvError extends Error {}

/** Parses the environment; on a bad value throws with one German/English line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (PORT= in a .env file) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new InvalidEnvError(`Ungültige Konfiguration (invalid configuration):\n${lines.join("\n")}`);
  }
  return Object.freeze(result.data);
}

import { type AppServer, startAppServer } from "../../server/app-server";
import { parseEnv } from "../../server/env";
import { TEST_ADMIN, TEST_JOIN_CODE } from "./http-session";
import { silentLogger } from "./silent-logger";
import { tempDir } from "./temp-dir";

/**
 * The whole server in this test process, on a free port, with a database of its own. It serves the
 * production build, so `npm run build` must have run (the test command does that first).
 */
export async function startTestServer(
  extraEnv: Record<string, string> = {},
): Promise<AppServer & { databasePath: string; cleanUp(): Promise<void> }> {
  const dir = tempDir();
  const databasePath = dir.file("fahrplan.db");
  const env = parseEnv({
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_PATH: databasePath,
    FAHRPLAN_JOIN_CODE: TEST_JOIN_CODE,
    FAHRPLAN_ADMIN_EMAIL: TEST_ADMIN.email,
    FAHRPLAN_ADMIN_PASSWORD: TEST_ADMIN.password,
    ...extraEnv,
  });
  const server = await startAppServer(env, silentLogger);
  return Object.assign(server, {
    databasePath,
    async cleanUp() {
      await server.stop();
      dir.remove();
    },
  });
}

export interface ApiTrack {
  id: string;
  slug: string;
  title: string;
  documentName: string;
  access: "write" | "read";
}

export async function fetchTracks(baseUrl: string, cookie: string): Promise<ApiTrack[]> {
  const response = await fetch(`${baseUrl}/api/tracks`, { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`GET /api/tracks: ${response.status}`);
  return ((await response.json()) as { tracks: ApiTrack[] }).tracks;
}

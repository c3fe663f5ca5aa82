import { type AppServer, startAppServer } from "../../server/app-server";
import { parseEnv } from "../../server/env";
import { silentLogger } from "./silent-logger";
import { tempDir } from "./temp-dir";

/**
 * The whole server in this test process, on a free port, with a database of its own. It serves the
 * production build, so `npm run build` must have run (the test command does that first).
 */
export async function startTestServer(): Promise<AppServer & { databasePath: string; cleanUp(): Promise<void> }> {
  const dir = tempDir();
  const databasePath = dir.file("fahrplan.db");
  const env = parseEnv({ NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", DATABASE_PATH: databasePath });
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
}

export async function fetchTracks(baseUrl: string): Promise<ApiTrack[]> {
  const response = await fetch(`${baseUrl}/api/tracks`);
  if (!response.ok) throw new Error(`GET /api/tracks: ${response.status}`);
  return ((await response.json()) as { tracks: ApiTrack[] }).tracks;
}

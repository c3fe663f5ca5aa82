import { afterEach, describe, expect, it } from "vitest";
import { CollabClient } from "../support/collab-client";
import { joinEvent } from "../support/http-session";
import { fetchTracks, startTestServer } from "../support/test-server";

const cleanUps: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/** The value of one sample line, e.g. `fahrplan_collab_connections 2`. */
function sample(text: string, series: string): number | null {
  const line = text.split("\n").find((each) => each.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe("GET /metrics", () => {
  it("reports connections, loaded documents and committed updates in Prometheus' text format", async () => {
    const server = await startTestServer();
    cleanUps.push(() => server.cleanUp());
    const cookie = await joinEvent(server.url, "Testperson");
    const [track] = await fetchTracks(server.url, cookie);
    if (!track) throw new Error("no track seeded");
    const client = new CollabClient(server.url, track.documentName, cookie);
    cleanUps.push(() => client.destroy());
    await client.whenSynced();
    client.type("Hallo");
    await client.whenDoc(() => client.text().includes("Hallo"), "typed");
    await expect
      .poll(async () => {
        const text = await (await fetch(`${server.url}/metrics`)).text();
        return sample(text, 'fahrplan_commit_duration_seconds_count{kind="append"}') ?? 0;
      })
      .toBeGreaterThan(0);

    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(sample(text, "fahrplan_collab_connections")).toBe(1);
    expect(sample(text, "fahrplan_documents_loaded")).toBe(1);
    expect(sample(text, "fahrplan_storage_errors_total")).toBeNull(); // no error, no labelled series yet
    expect(text).toContain("fahrplan_nodejs_eventloop_lag_seconds");
    expect(text).toContain("fahrplan_process_resident_memory_bytes");
    // Operational figures only: no names, no document contents.
    expect(text).not.toContain("Testperson");
    expect(text).not.toContain("Hallo");
  });

  it("answers only this machine directly, not requests that came through a proxy", async () => {
    const server = await startTestServer();
    cleanUps.push(() => server.cleanUp());
    const proxied = await fetch(`${server.url}/metrics`, { headers: { "X-Forwarded-For": "203.0.113.7" } });
    expect(proxied.status).toBe(403);
    expect(await proxied.text()).not.toContain("fahrplan_");
  });

  it("with METRICS_TOKEN, wants the bearer token", async () => {
    const token = "ein-langes-geheimnis-fuer-prometheus";
    const server = await startTestServer({ METRICS_TOKEN: token });
    cleanUps.push(() => server.cleanUp());
    expect((await fetch(`${server.url}/metrics`)).status).toBe(403);
    expect((await fetch(`${server.url}/metrics`, { headers: { Authorization: "Bearer falsch" } })).status).toBe(403);
    const allowed = await fetch(`${server.url}/metrics`, { headers: { Authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain("fahrplan_collab_connections");
  });
});

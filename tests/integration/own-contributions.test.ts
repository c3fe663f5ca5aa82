import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contributions } from "../../db/schema";
import type { OwnData } from "../../server/privacy/own-contributions";
import { CollabClient } from "../support/collab-client";
import { joinEvent, logIn, TEST_ADMIN } from "../support/http-session";
import { fetchTracks, startTestServer } from "../support/test-server";
import { until } from "../support/wait";

let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: CollabClient[] = [];
let annaCookie: string;
const annas = { problem: randomUUID(), step: randomUUID() };
const bens = randomUUID();

beforeAll(async () => {
  server = await startTestServer();
  annaCookie = await joinEvent(server.url, "Anna Amt", { organisation: "Landratsamt Gotha" });
  const benCookie = await joinEvent(server.url, "Ben Bau");
  const [track] = await fetchTracks(server.url, annaCookie);
  if (!track) throw new Error("no track");
  const anna = new CollabClient(server.url, track.documentName, annaCookie);
  const ben = new CollabClient(server.url, track.documentName, benCookie);
  clients.push(anna, ben);
  await Promise.all([anna.whenSynced(), ben.whenSynced()]);
  anna.addContribution("problem", annas.problem, "Medienbrüche bei Anträgen.");
  anna.addContribution("step", annas.step, "Antragsassistenten bereitstellen.");
  ben.addContribution("problem", bens, "Text von Ben, nicht von Anna.");
  const recorded = () =>
    [annas.problem, annas.step, bens].every(
      (id) => server.db.select().from(contributions).where(eq(contributions.id, id)).get()?.authorId != null,
    );
  await until(
    (onChange) => {
      server.services.readModel.on("changed", onChange);
      return () => server.services.readModel.off("changed", onChange);
    },
    recorded,
    "contributions recorded",
  );
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.cleanUp();
});

describe("a participant's own contributions", () => {
  it("downloads as JSON with exactly the participant's own contributions", async () => {
    const response = await fetch(`${server.url}/meine-beitraege/download?format=json`, {
      headers: { Cookie: annaCookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("meine-beitraege.json");
    const data = (await response.json()) as OwnData;
    expect(data.participant.displayName).toBe("Anna Amt");
    expect(data.contributions.map((each) => each.id).sort()).toEqual([annas.problem, annas.step].sort());
    expect(data.contributions.find((each) => each.id === annas.step)?.kind).toBe("step");
  });

  it("downloads as Markdown, readable, without others' text", async () => {
    const response = await fetch(`${server.url}/meine-beitraege/download?format=md`, {
      headers: { Cookie: annaCookie },
    });
    const text = await response.text();
    expect(text).toContain("Medienbrüche bei Anträgen.");
    expect(text).toContain("Lösungsschritt");
    expect(text).not.toContain("Text von Ben");
  });

  it("is there only for participants", async () => {
    const anonymous = await fetch(`${server.url}/meine-beitraege/download?format=json`, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
    const admin = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const forAdmin = await fetch(`${server.url}/meine-beitraege/download?format=json`, { headers: { Cookie: admin } });
    expect(forAdmin.status).toBe(403);
  });
});

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contributions, contributionVersions, stepProblemLinks } from "../../db/schema";
import { CollabClient } from "../support/collab-client";
import { joinEvent } from "../support/http-session";
import { fetchTracks, startTestServer } from "../support/test-server";
import { until } from "../support/wait";

let server: Awaited<ReturnType<typeof startTestServer>>;
let documentName: string;
let annaCookie: string;
let benCookie: string;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  annaCookie = await joinEvent(server.url, "Anna Amt", { organisation: "Landratsamt Gotha" });
  benCookie = await joinEvent(server.url, "Ben Bau");
  const [track] = await fetchTracks(server.url, annaCookie);
  if (!track) throw new Error("no track");
  documentName = track.documentName;
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.cleanUp();
});

async function connect(cookie: string): Promise<CollabClient> {
  const client = new CollabClient(server.url, documentName, cookie);
  clients.push(client);
  await client.whenSynced();
  return client;
}

function row(id: string) {
  return server.db.select().from(contributions).where(eq(contributions.id, id)).get();
}

/** Waits until the read model satisfies the condition, re-checking whenever it writes. */
function whenReadModel(condition: () => boolean, description: string) {
  return until(
    (onChange) => {
      server.services.readModel.on("changed", onChange);
      return () => server.services.readModel.off("changed", onChange);
    },
    condition,
    description,
  );
}

describe("the read model of contributions", () => {
  it("records a problem with its kind, text and the author from the session, not the claimed one", async () => {
    const anna = await connect(annaCookie);
    const id = randomUUID();
    anna.addContribution("problem", id, "Die E-Akte fehlt in kleinen Kommunen.", {
      authorId: "someone-else",
      authorName: "Administration",
      authorOrganisation: "Staatskanzlei",
    });
    await whenReadModel(() => row(id)?.text === "Die E-Akte fehlt in kleinen Kommunen.", "problem recorded");
    expect(row(id)).toMatchObject({ kind: "problem", authorName: "Anna Amt", authorOrganisation: "Landratsamt Gotha" });
    // The correction reaches the clients too.
    await anna.whenDoc(() => anna.contribution(id)?.getAttribute("authorName") === "Anna Amt", "author corrected");
  });

  it("records a step with its links to problems", async () => {
    const ben = await connect(benCookie);
    const problem = randomUUID();
    const step = randomUUID();
    ben.addContribution("problem", problem, "Medienbrüche bei Anträgen.");
    ben.addContribution("step", step, "Antragsassistenten landesweit bereitstellen.", {
      problemIds: JSON.stringify([problem]),
    });
    await whenReadModel(() => row(step) !== undefined, "step recorded");
    expect(row(step)).toMatchObject({ kind: "step", authorName: "Ben Bau" });
    const links = server.db.select().from(stepProblemLinks).where(eq(stepProblemLinks.stepId, step)).all();
    expect(links.map((link) => link.problemId)).toEqual([problem]);
  });

  it("reverts a change of another person's authorship", async () => {
    const anna = await connect(annaCookie);
    const ben = await connect(benCookie);
    const id = randomUUID();
    anna.addContribution("problem", id, "Fehlende Schnittstellen.");
    await whenReadModel(() => row(id)?.authorName === "Anna Amt", "recorded for Anna");
    await ben.whenDoc(() => ben.contribution(id)?.getAttribute("authorName") === "Anna Amt", "Ben has Anna's block");
    ben.contribution(id)?.setAttribute("authorName", "Ben Bau");
    await ben.whenDoc(() => ben.contribution(id)?.getAttribute("authorName") === "Anna Amt", "authorship restored");
    expect(row(id)?.authorName).toBe("Anna Amt");
  });

  it("marks a deleted block deleted and keeps its history", async () => {
    const anna = await connect(annaCookie);
    const id = randomUUID();
    const block = anna.addContribution("problem", id, "Erste Fassung");
    await whenReadModel(() => row(id) !== undefined, "recorded");
    const paragraph = block.get(0) as unknown as { get(i: number): { insert(i: number, s: string): void } };
    paragraph.get(0).insert(0, "Zweite, ");
    await whenReadModel(() => row(id)?.text === "Zweite, Erste Fassung", "edit recorded");
    const fragment = anna.doc.getXmlFragment("default");
    fragment.delete(fragment.toArray().indexOf(block), 1);
    await whenReadModel(() => row(id)?.deletedAt != null, "deletion recorded");
    const history = server.db
      .select()
      .from(contributionVersions)
      .where(eq(contributionVersions.contributionId, id))
      .all()
      .map((version) => version.text);
    expect(history).toEqual(["Erste Fassung", "Zweite, Erste Fassung"]);
  });
});

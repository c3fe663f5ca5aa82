/**
 * Getting a session the way a browser does: through the join and login forms, over HTTP. Returns the
 * `Cookie` header value to send with later requests and WebSocket upgrades.
 */

/** The join code the test servers are started with (FAHRPLAN_JOIN_CODE). */
export const TEST_JOIN_CODE = "TESTC0DE42";
export const TEST_ADMIN = { email: "admin@fahrplan.test", password: "richtig-langes-passwort" };

export async function postForm(
  baseUrl: string,
  path: string,
  fields: Record<string, string>,
  options: { cookie?: string; origin?: string } = {},
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: options.origin ?? new URL(baseUrl).origin,
      ...(options.cookie ? { Cookie: options.cookie } : {}),
    },
    body: new URLSearchParams(fields),
  });
}

/** The cookies a response sets, as a `Cookie` header value (name=value pairs). */
export function cookiesFrom(response: Response, previous = ""): string {
  const jar = new Map(
    previous
      .split(";")
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => [pair.split("=")[0] ?? "", pair] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0] ?? "";
    jar.set(pair.split("=")[0] ?? "", pair);
  }
  return [...jar.values()].join("; ");
}

export async function joinEvent(
  baseUrl: string,
  displayName: string,
  options: { code?: string; organisation?: string } = {},
): Promise<string> {
  const response = await postForm(baseUrl, "/join", {
    code: options.code ?? TEST_JOIN_CODE,
    displayName,
    organisation: options.organisation ?? "",
  });
  if (response.status !== 302) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  return cookiesFrom(response);
}

export async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await postForm(baseUrl, "/login", { email, password });
  if (response.status !== 302) throw new Error(`login failed: ${response.status}`);
  return cookiesFrom(response);
}

/**
 * Publishes the next Fassung of an event as a moderator does: opens the preview, takes the draft's
 * fingerprint from its form, and confirms. Answers the POST's response (302 on success).
 */
export async function publishFassung(
  baseUrl: string,
  eventId: string,
  cookie: string,
  fields: { title?: string; note?: string; emptySections?: "list" | "omit" } = {},
): Promise<Response> {
  const path = `/moderation/fahrplan/publish?event=${encodeURIComponent(eventId)}`;
  const preview = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const draftHash = /name="draftHash" value="([0-9a-f]{64})"/.exec(await preview.text())?.[1] ?? "";
  return postForm(baseUrl, path, { ...fields, draftHash, confirmed: "yes" }, { cookie });
}

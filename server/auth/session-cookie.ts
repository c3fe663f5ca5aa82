import { SESSION_COOKIE } from "./session-policy";

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts),
 * Secure when the app is served over TLS, Path=/. Its lifetime is the session's absolute lifetime at most;
 * the server decides validity anyway.
 */
export function sessionCookie(token: string, options: { secure: boolean; maxAgeMs: number }): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.floor(options.maxAgeMs / 1000)}`,
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

export function clearedSessionCookie(options: { secure: boolean }): string {
  return sessionCookie("", { ...options, maxAgeMs: 0 });
}

/** The session token in a Cookie header, if any. */
export function sessionTokenFrom(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return value.join("=") || null;
  }
  return null;
}

import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { audit } from "../../server/auth/audit";
import { hashPassword, verifyPassword } from "../../server/auth/passwords";
import { RateLimiter } from "../../server/auth/rate-limiter";
import { randomJoinCode } from "../../server/auth/secrets";
import { formatJoinCode, isWellFormedJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode } from "../../shared/join-code";

describe("passwords", () => {
  it("verify the right password and refuse a wrong one", async () => {
    const hash = await hashPassword("Kongress-Erfurt-2018");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("Kongress-Erfurt-2018", hash)).toBe(true);
    expect(await verifyPassword("kongress-erfurt-2018", hash)).toBe(false);
    expect(await verifyPassword("Kongress-Erfurt-2018", "kaputt")).toBe(false);
  });

  it("salt every hash", async () => {
    expect(await hashPassword("gleich-gleich-gleich")).not.toBe(await hashPassword("gleich-gleich-gleich"));
  });
});

describe("join codes", () => {
  it("have at least 40 bits from the whole alphabet", () => {
    const code = randomJoinCode();
    expect(code).toHaveLength(10);
    expect(Math.log2(JOIN_CODE_ALPHABET.length) * code.length).toBeGreaterThanOrEqual(40);
    const seen = new Set(Array.from({ length: 2000 }, () => randomJoinCode()).join(""));
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("accept what people type: case, separators and look-alike letters", () => {
    expect(normaliseJoinCode(" k7m2q-9xh4t ")).toBe("K7M2Q9XH4T");
    expect(normaliseJoinCode("1O1L-iIo")).toBe("1011110");
    expect(formatJoinCode("K7M2Q9XH4T")).toBe("K7M2Q-9XH4T");
    expect(isWellFormedJoinCode("K7M2Q9XH4T")).toBe(true);
    expect(isWellFormedJoinCode("K7M2Q9XH4U")).toBe(false);
    expect(isWellFormedJoinCode("K7M2")).toBe(false);
  });
});

describe("the rate limiter", () => {
  it("refuses a key after the limit until the window has passed, and keeps keys apart", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) limiter.hit("a");
    expect(limiter.retryAfterSeconds("a")).toBe(60);
    expect(limiter.retryAfterSeconds("b")).toBe(0);
    now = 59_000;
    expect(limiter.retryAfterSeconds("a")).toBe(1);
    now = 60_000;
    expect(limiter.retryAfterSeconds("a")).toBe(0);
  });
});

describe("the audit log", () => {
  it("keeps user input as values: a name with line breaks cannot forge a log line", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    });
    const db = openDatabase(":memory:");
    const forged = 'Eve\n{"level":30,"audit":"login","actor":"user:admin"}';
    audit(db, pino(sink), { action: "join", actor: "participant:1", details: { displayName: forged } });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "").details.displayName).toBe(forged);
    db.$client.close();
  });
});

import { createHash, randomBytes, randomInt } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "../../shared/join-code";

/** A random token for cookies and links: 32 bytes from the CSPRNG, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored of a token: its SHA-256, so the database alone does not grant access. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new join code: 10 symbols of a 32-letter alphabet from the CSPRNG = 50 bits. */
export function randomJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

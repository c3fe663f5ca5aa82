/**
 * Join codes: 10 characters of Crockford's base32 (50 bits), shown as two groups of five ("K7M2Q-9XH4T").
 * The alphabet has no I, L, O or U, so what people read off a flyer and type in is forgiving: input is
 * upper-cased, separators are dropped, and O/I/L are read as 0/1/1.
 */
export const JOIN_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 10;

export function normaliseJoinCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/**
 * Whether a normalised code can be a join code: generated codes have 10 symbols; an operator may set one
 * of 8 to 32 symbols for printed flyers (8 symbols are 40 bits).
 */
export function isWellFormedJoinCode(normalised: string): boolean {
  return (
    normalised.length >= 8 && normalised.length <= 32 && [...normalised].every((c) => JOIN_CODE_ALPHABET.includes(c))
  );
}

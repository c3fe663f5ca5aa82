/**
 * The name and colour a participant shows to the others. Until joining with a code exists, the name is
 * asked once and kept in this browser's localStorage; nothing about it is sent anywhere but the
 * collaboration channel's presence.
 */
export interface ParticipantIdentity {
  name: string;
  color: string;
}

const STORAGE_KEY = "fahrplan.identity";
export const MAX_DISPLAY_NAME_LENGTH = 60;

/** Cursor colours with at least 4.5:1 contrast against white label text. */
const CURSOR_COLORS = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#be185d", "#0e7490", "#4d7c0f"];

export function loadIdentity(): ParticipantIdentity | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null");
    if (parsed && typeof parsed === "object" && "name" in parsed && "color" in parsed) {
      const { name, color } = parsed as Record<string, unknown>;
      if (typeof name === "string" && typeof color === "string" && name.trim() !== "") return { name, color };
    }
  } catch {
    // Unreadable storage is the same as no stored name: the participant is asked again.
  }
  return null;
}

export function saveIdentity(name: string): ParticipantIdentity {
  const color = CURSOR_COLORS[Math.floor(Math.random() * CURSOR_COLORS.length)] ?? "#1d4ed8";
  const identity = { name: name.trim(), color };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Private mode without storage: the name holds for this page only.
  }
  return identity;
}

/** A German error message for a display name, or null when it is acceptable. */
export function validateDisplayName(name: string, messages: { required: string; tooLong: string }): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return messages.required;
  if (trimmed.length > MAX_DISPLAY_NAME_LENGTH) return messages.tooLong;
  return null;
}

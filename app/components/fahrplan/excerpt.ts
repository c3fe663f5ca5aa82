/** The start of a text, for labels that must name it briefly ("„Verwaltungsleistungen digital …“"). */
export function excerpt(text: string, length = 60): string {
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

import { type HandoutPage, renderHandout } from "./handout-pdf";

/**
 * The handout as an HTTP answer, shown in the browser (inline) so that it can be printed right away. It is
 * rendered in the request: a page per track is a fraction of a second, unlike the Fahrplan export, which
 * has a worker thread of its own.
 */
export async function handoutResponse(title: string, pages: HandoutPage[], fileName: string): Promise<Response> {
  const pdf = await renderHandout(title, pages);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${fileName}"`,
      "Content-Length": String(pdf.length),
    },
  });
}

/** A file name of ASCII letters, digits and hyphens only ("handzettel-ozg.pdf"), safe in the header. */
export function handoutFileName(...parts: string[]): string {
  const slug = parts.map((part) => part.toLowerCase().replace(/[^a-z0-9]+/g, "-")).join("-");
  return `handzettel-${slug.replace(/^-+|-+$/g, "")}.pdf`;
}

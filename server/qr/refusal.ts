/**
 * A refusal as plain German text. The QR code and the handouts are files (an <img>, a PDF tab), which have
 * no page of the app around them to show an error boundary in.
 */
export function refusal(message: string, status: 403 | 404): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

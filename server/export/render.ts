import type { ExportFormat, ExportInput } from "./export-input";
import { renderDocx } from "./render-docx";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";

/** Renders one format. Runs inside the export worker (server/export/export-worker.ts). */
export async function render(
  format: ExportFormat,
  input: ExportInput,
  onProgress: (fraction: number) => void,
): Promise<Buffer> {
  switch (format) {
    case "pdf":
      return renderPdf(input, onProgress);
    case "docx":
      return renderDocx(input);
    case "md":
      return Buffer.from(renderMarkdown(input), "utf8");
    case "json":
      return Buffer.from(renderJson(input), "utf8");
  }
}

// Compiles the server, the export worker and the command-line scripts to plain JavaScript in build/node/,
// so that production runs `node` without a TypeScript loader (issue #17): a loader costs start-up time and
// tens of megabytes in every process (tsx keeps an esbuild service per process).
//
// One bundle per entry, all in one folder; packages stay imports of node_modules. Modules find files
// relative to themselves (`new URL("./migrations", import.meta.url)`), so in each source file
// `import.meta.url` is replaced by the URL that file has in the repository, computed from the bundle's own
// location: the build can move with the checkout, and every relative path means what it means in the
// source. Plain JavaScript because it runs before anything is compiled.
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, "build", "node");

const ENTRIES = {
  main: "server/main.ts",
  "export-worker-main": "server/export/export-worker-main.ts",
  "admin-create": "scripts/admin-create.ts",
  export: "scripts/export.ts",
  backup: "scripts/backup.ts",
};

/** Gives each source file its own `import.meta.url`, as if it ran where it lies. */
const sourceUrls = {
  name: "source-import-meta-url",
  setup(builder) {
    builder.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const fromBundle = relative(OUT, args.path).split("\\").join("/");
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", url), loader: args.path.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

await build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(ROOT, path)])),
  outdir: OUT,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  // The export runner starts the worker's bundle instead of its TypeScript entry; the path is relative to
  // the runner's source file, whose `import.meta.url` the plugin below keeps (server/export/export-runner.ts).
  define: {
    COMPILED_EXPORT_WORKER: JSON.stringify(
      relative(join(ROOT, "server", "export"), join(OUT, "export-worker-main.js"))
        .split("\\")
        .join("/"),
    ),
  },
  plugins: [sourceUrls],
});
console.log(`server compiled to ${relative(ROOT, OUT)}/`);

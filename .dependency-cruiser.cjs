/**
 * The import boundary (issue #13, decision 016). `npm run lint` runs this.
 * Type-only imports count: `tsPreCompilationDeps` makes depcruise see them, so a rule
 * that must allow them says so with `dependencyTypesNot: ["type-only"]`.
 */
module.exports = {
  forbidden: [
    {
      // The server, the database and shared code run without the React app: importing
      // app/ would pull route modules and browser code into the Node process.
      name: "no-app-from-backend",
      severity: "error",
      from: { path: "^(server|db|shared)/" },
      to: { path: "^app/" },
    },
    {
      // shared/ is bundled into the browser; server/ and db/ hold secrets and native modules.
      name: "shared-stays-shared",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: "^(server|db)/" },
    },
    {
      // Only *.server.ts(x) modules are kept out of the client bundle, so every other app
      // module may know the server's types but never its values.
      name: "client-takes-only-types-from-server",
      severity: "error",
      from: { path: "^app/", pathNot: "\\.server\\.tsx?$" },
      to: { path: "^(server|db)/", dependencyTypesNot: ["type-only"] },
    },
    {
      // Circles, type-only ones included, make modules impossible to read or move alone.
      name: "no-circles",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    // `.react-router/types` holds generated route types that import their route modules.
    exclude: { path: "^(node_modules|build|\\.react-router)/" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
  },
};

/**
 * The import graph's rules, checked by `pnpm check:graph` (dependency-cruiser) over `packages/`,
 * `scripts/` and `examples/`; every rule is an error. They are the house as CONTRIBUTING.md describes it
 * ("Dependencies point one way"):
 *
 * - no circle anywhere, tests and scripts included, type-only imports included (`import type` still ties
 *   two files' declarations together, and turns into a runtime circle the day it loses its `type`);
 * - `encoding` and `client` stand at the ground and import no package of ours; `pagination` and
 *   `streaming` import `client` only (never each other); `handles` imports those and `encoding`; `cli`
 *   imports `handles` and the layers below, and loads `mock-server` (for `--mock`) and `typegen` (for
 *   `typegen`; it imports `client` and `pagination`) only on demand, with `await import()`; `mock-server` imports only types from `client` (`import type`: erased, so the
 *   runtime client never comes along), and `encoding` (for its worker-side payload encoding); no other
 *   published package imports `mock-server`;
 * - a package is entered by its name (`@mistral-workflows/x`, resolved through `exports`), never by a
 *   path into its folder (the scripts aside: the generator and the contract checks read sources), and
 *   nothing outside a package imports its `internal/` folder;
 * - inside the mock: `http/` (the request pipeline) may import `handlers/` and `domain/`; `handlers/`
 *   may import `domain/` but not `http/`; `domain/` imports neither.
 *
 * Source files (`packages/<name>/src/`) follow the layering; a package's tests, benches and the
 * scripts may import more freely (a test takes the mock server as a devDependency), but not in circles.
 */
/** The packages a package's source may import, itself included. */
const allowed = {
  encoding: ["encoding"],
  client: ["client"],
  pagination: ["pagination", "client"],
  streaming: ["streaming", "client"],
  handles: ["handles", "client", "streaming", "pagination", "encoding"],
  typegen: ["typegen", "client", "pagination"],
  cli: ["cli", "handles", "client", "streaming", "pagination", "encoding", "mock-server", "typegen"],
  // encoding stands at the ground too: the mock encodes payloads as a worker would (`workerEncoding`).
  "mock-server": ["mock-server", "client", "encoding"],
};

const layering = Object.entries(allowed).map(([name, may]) => ({
  name: `layering-${name}`,
  severity: "error",
  comment: `${name} may import only ${may.filter((m) => m !== name).join(", ") || "no package of ours"} (CONTRIBUTING.md, "Dependencies point one way")`,
  from: { path: `^packages/${name}/src/` },
  to: { path: "^packages/[^/]+/", pathNot: `^packages/(${may.join("|")})/` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "A circle of imports (type-only ones count): move what both sides need into a module both can import.",
      from: {},
      to: { circular: true },
    },
    ...layering,
    {
      name: "cli-loads-mock-server-lazily",
      severity: "error",
      comment:
        "cli loads mock-server only with `await import()`, for --mock, so an install without it works.",
      from: { path: "^packages/cli/src/" },
      to: { path: "^packages/mock-server/", dependencyTypesNot: ["dynamic-import", "pre-compilation-only"] },
    },
    {
      name: "cli-loads-typegen-lazily",
      severity: "error",
      comment:
        "cli loads typegen only with `await import()`, when `typegen` runs, so its heavy dependencies stay out of the CLI's install.",
      from: { path: "^packages/cli/src/" },
      to: { path: "^packages/typegen/", dependencyTypesNot: ["dynamic-import", "pre-compilation-only"] },
    },
    {
      name: "mock-server-imports-only-types-from-client",
      severity: "error",
      comment:
        "mock-server imports client with `import type` only (an inline `{ type X }` still loads the module).",
      from: { path: "^packages/mock-server/src/" },
      to: { path: "^packages/client/", dependencyTypesNot: ["pre-compilation-only"] },
    },
    {
      name: "published-code-never-imports-mock-server",
      severity: "error",
      comment: "Only tests (devDependency) and the cli's --mock (lazily) load mock-server.",
      from: { path: "^packages/[^/]+/src/", pathNot: "^packages/(mock-server|cli)/" },
      to: { path: "^packages/mock-server/" },
    },
    {
      name: "no-path-into-another-package",
      severity: "error",
      comment:
        "A package, or an example, imports a package of ours by its name (@mistral-workflows/x), never by a path into it.",
      from: { path: "^packages/([^/]+)/|^examples/" },
      // A name maps to the sources by tsconfig.graph.json's paths ("aliased"); anything else is a path.
      // One exception: a test may share another package's test helpers (never published, never built):
      // the CLI's typegen command test seeds and type-checks as typegen's own tests do.
      to: {
        path: "^packages/",
        pathNot: ["^packages/$1/", "^packages/[^/]+/test/helpers/"],
        dependencyTypesNot: ["aliased"],
      },
    },
    {
      name: "test-helpers-only-from-tests",
      severity: "error",
      comment: "Another package's test helpers are for tests only: source code never imports them.",
      from: { path: "^packages/([^/]+)/(src|bench)/|^examples/" },
      to: { path: "^packages/[^/]+/test/", pathNot: "^packages/$1/" },
    },
    {
      name: "no-deep-import-by-name",
      severity: "error",
      comment: "Only a package's `exports` entries are public: no @mistral-workflows/x/src/... or /dist/...",
      from: {},
      to: { path: "^@mistral-workflows/[^/]+/(src|dist|internal)(/|$)", couldNotResolve: true },
    },
    {
      name: "no-import-of-another-package-internal",
      severity: "error",
      comment: "A package's internal/ folder may change in any release: only that package imports it.",
      // One exception: the generator writes the client's operation table in the compact form that the
      // client's internal codec reads, so it encodes with that codec's own type codes.
      from: { path: "^packages/([^/]+)/|^(scripts|examples)/", pathNot: "^scripts/lib/render\\.ts$" },
      to: { path: "^packages/[^/]+/src/(internal|[^/]+/internal)/", pathNot: "^packages/$1/" },
    },
    {
      name: "generator-imports-only-the-operation-codec",
      severity: "error",
      comment: "The generator may read the client's internal operation codec, and nothing else internal.",
      from: { path: "^scripts/lib/render\\.ts$" },
      to: {
        path: "^packages/[^/]+/src/(internal|[^/]+/internal)/",
        pathNot: "^packages/client/src/internal/operation-codec\\.ts$",
      },
    },
    {
      name: "resolve-to-sources",
      severity: "error",
      comment:
        "A package name resolved to a build: add its subpath export to tsconfig.graph.json so the graph is the sources'.",
      from: {},
      to: { path: "^packages/[^/]+/dist/" },
    },
    {
      name: "mock-handlers-know-no-http-pipeline",
      severity: "error",
      comment: "The mock's handlers/ may import domain/, not http/: the pipeline calls the handlers.",
      from: { path: "^packages/mock-server/src/handlers/" },
      to: { path: "^packages/mock-server/src/http/" },
    },
    {
      name: "mock-domain-knows-no-http",
      severity: "error",
      comment: "The mock's domain/ knows nothing of HTTP: handlers map its errors to statuses.",
      from: { path: "^packages/mock-server/src/domain/" },
      to: { path: "^packages/mock-server/src/(http|handlers)/" },
    },
    {
      name: "published-code-never-imports-tests",
      severity: "error",
      comment: "A package's source never imports its tests, benches or scripts.",
      from: { path: "^packages/[^/]+/src/" },
      to: { path: "^packages/[^/]+/(test|bench|scripts)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|\\.turbo|coverage)/" },
    // Type-only imports are in the graph (circles count them), marked "pre-compilation-only" when the
    // compiler erases them: only `import type`, since verbatimModuleSyntax keeps `import { type X }`.
    tsPreCompilationDeps: "specify",
    tsConfig: { fileName: "tsconfig.graph.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "types", "default"],
      mainFields: ["types", "module", "main"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

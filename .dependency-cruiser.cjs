// The architecture as import rules (`npm run lint:boundaries`, part of `npm test`). Arrows run one
// way, as in the README's picture:
//
//   worker, api ──▶ activities ──▶ features ──▶ adapters ──▶ config ──▶ domain
//                   (api skips activities)      (lib, exotel)
//   workflows ──▶ contracts ──▶ domain            (plus type-only imports from anywhere)
//
// features: calls, campaigns, contacts, credits, events, messages, recordings.
// A wrong arrow fails CI with the rule's name and comment.
const FEATURES = '^(calls|campaigns|contacts|credits|events|messages|recordings)/';
const PRODUCTION =
  '^(activities|api|calls|campaigns|config|contacts|contracts|credits|domain|events|exotel|lib|messages|recordings|worker|workflows)/';
const valueImports = { dependencyTypesNot: ['type-only'] };

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'File cycles make a part impossible to read or test alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds pure business rules: it imports only domain/ and zod, never I/O.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: ['^domain/', '^node_modules/zod/'] },
    },
    {
      name: 'contracts-are-import-safe',
      comment: 'contracts/ is imported by workflows and clients alike: only domain/ and the Temporal workflow API.',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { pathNot: ['^contracts/', '^domain/', '^node_modules/@temporalio/(workflow|common)/'] },
    },
    {
      name: 'workflows-are-deterministic',
      comment: 'Workflows import only @temporalio/workflow, domain/ and contracts/ (types from anywhere).',
      severity: 'error',
      from: { path: '^workflows/' },
      to: {
        ...valueImports,
        pathNot: ['^workflows/', '^contracts/', '^domain/', '^node_modules/@temporalio/(workflow|common)/'],
      },
    },
    {
      name: 'only-workers-run-workflows',
      comment: 'Workflow code is bundled by the worker; everyone else uses contracts/ (types are fine).',
      severity: 'error',
      from: { path: PRODUCTION, pathNot: ['^workflows/', '^worker/'] },
      to: { ...valueImports, path: '^workflows/' },
    },
    {
      name: 'config-imports-only-domain',
      comment: 'config/ parses the environment; it may use domain/ rules, nothing with I/O.',
      severity: 'error',
      from: { path: '^config/' },
      to: {
        path: '^(activities|api|calls|campaigns|contacts|credits|events|exotel|lib|messages|recordings|worker|workflows)/',
      },
    },
    {
      name: 'adapters-below-features',
      comment: 'lib/ and exotel/ are adapters: they know nothing of features, activities, the API or the worker.',
      severity: 'error',
      from: { path: '^(lib|exotel)/' },
      to: { path: `${FEATURES}|^(activities|api|worker|workflows)/` },
    },
    {
      name: 'features-below-activities-and-api',
      comment: 'Features are used by activities and the API, never the other way round.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: '^(activities|api|worker)/' },
    },
    {
      name: 'api-does-not-run-activities',
      comment: 'The API calls features directly; activities belong to the worker.',
      severity: 'error',
      from: { path: '^api/' },
      to: { path: '^(activities|worker)/' },
    },
    {
      name: 'activities-are-leaves-of-the-worker',
      comment: 'Activities are thin adapters over features; only the worker wires them.',
      severity: 'error',
      from: { path: '^activities/' },
      to: { path: '^(api|worker)/' },
    },
    {
      name: 'production-code-stands-alone',
      comment: 'The production image holds no simulator, tests, benchmarks or dev scripts.',
      severity: 'error',
      from: { path: PRODUCTION },
      to: { path: '^(exotel-sim|test|bench|scripts)/' },
    },
    {
      name: 'console-uses-the-public-api-only',
      comment:
        'The browser console talks to the server through the REST API only, like any CRM: it imports console/ ' +
        '(including its types generated from /openapi.json) and npm packages, never server folders.',
      severity: 'error',
      from: { path: '^console/' },
      to: { pathNot: ['^console/', '(^|/)node_modules/'] },
    },
    {
      name: 'server-does-not-import-the-console',
      comment: 'The API serves the built console as files (console/dist); no server code imports its sources.',
      severity: 'error',
      from: { path: PRODUCTION },
      to: { path: '^console/' },
    },
    {
      name: 'client-is-its-own-package',
      comment:
        'client/ is @exoflow/client, the CRM package built from /openapi.json: it imports client/, npm packages and ' +
        'Node built-ins, never the server (its types come from the generated client/src/api-types.ts).',
      severity: 'error',
      from: { path: '^client/' },
      // Node's own modules are fine: the webhook receiver example is a Node server.
      to: { pathNot: ['^client/', '(^|/)node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'server-does-not-import-the-client',
      comment: 'The client package is for CRMs and tests; production code never depends on it.',
      severity: 'error',
      from: { path: PRODUCTION },
      to: { path: '^client/' },
    },
    {
      name: 'simulator-stands-alone',
      comment: 'The Exotel simulator plays Exotel: it must not borrow our reading of Exotel from production code.',
      severity: 'error',
      from: { path: '^exotel-sim/' },
      to: { path: PRODUCTION },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(generated|dist|node_modules|\\.tools|console/dist)/' },
    tsPreCompilationDeps: true,
    // node_modules may be a symlink (shared between work trees): name packages by node_modules/, not their real path.
    preserveSymlinks: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

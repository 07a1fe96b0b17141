// Where the workflow code is and how to bundle it. Sources import `./x.js` (NodeNext style);
// when running from TypeScript the files are `.ts`, so webpack is told to try both.
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from '@temporalio/worker';

const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

export const workflowsPath = fileURLToPath(new URL(`../workflows/index${extension}`, import.meta.url));

export const bundlerOptions: WorkerOptions['bundlerOptions'] = {
  webpackConfigHook: (config) => ({
    ...config,
    resolve: { ...config.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
  }),
};

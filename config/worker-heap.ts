// The worker's V8 old-space ceiling (WORKER_MAX_HEAP_MB). Node reads it only as a flag at start,
// so whoever starts a worker passes it: npm start (scripts/dev.ts), the test and fault harnesses;
// compose sets it in the worker's NODE_OPTIONS. Node's default on a large machine is gigabytes, and
// V8 then lets garbage pile up: 540 MB RSS after a 100,000-message campaign, 300 MB once collected.
import { z } from 'zod';

export const workerHeapMb = z.coerce.number<string>().int().min(128).max(16_384).default(256);

/** node's flag for the ceiling `value` (WORKER_MAX_HEAP_MB as set, or unset for the default). */
export const workerHeapFlag = (value: string | undefined): string =>
  `--max-old-space-size=${workerHeapMb.parse(value)}`;

// GET /healthz: 200 when PostgreSQL and Temporal both answer, 503 naming what does not.
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Db } from '../../lib/db.js';

export function healthRoutes(deps: { db: Db; temporal: Client }): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const [database, temporal] = await Promise.all([
      check(() => deps.db.$queryRaw`SELECT 1`),
      check(() => deps.temporal.workflowService.getSystemInfo({})),
    ]);
    const ok = database === 'ok' && temporal === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks: { database, temporal } });
  });
  return router;
}

async function check(probe: () => Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out after 3 s')), 3000);
    });
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch (error) {
    return `error: ${(error as Error).message}`;
  } finally {
    clearTimeout(timer);
  }
}

// The console (console/, built by Vite into console/dist) served at /console/: hashed assets are
// cached for a year as immutable, index.html is revalidated on every load so a deploy shows at
// once. The console uses the public REST API only; this serves files and nothing else.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { ApiError } from './errors.js';

/** console/dist from the sources (api/) or from the compiled image (dist/api/). */
export function consoleDistDir(): string | null {
  const here = import.meta.dirname;
  const candidates = [path.resolve(here, '../console/dist'), path.resolve(here, '../../console/dist')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? null;
}

export function consoleRoutes(dir: string | null = consoleDistDir()): Router {
  const router = Router();
  router.get('/', (_req, res) => res.redirect(302, '/console/'));
  if (!dir) {
    router.use('/console', (_req, _res, next) =>
      next(new ApiError(404, 'not_found', 'The console is not built: run `npm run build:console`')),
    );
    return router;
  }
  router.use(
    '/console',
    express.static(dir, {
      index: 'index.html',
      redirect: true,
      setHeaders(res, file) {
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        if (file.endsWith('.html')) {
          res.setHeader('X-Frame-Options', 'DENY');
          res.setHeader('Referrer-Policy', 'same-origin');
          res.setHeader(
            'Content-Security-Policy',
            "default-src 'self'; img-src 'self' data:; media-src 'self' http: https:; style-src 'self'; " +
              "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
          );
        }
      },
    }),
  );
  return router;
}

// A tiny HTTP server standing in for the app's StatusCallback endpoint in tests and sandboxes:
// it records what arrives (parsed) and answers a scriptable status.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseBody, readBody } from './http.js';

export interface ReceivedCallback {
  receivedAt: number;
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string;
  raw: string;
  /** Form fields (urlencoded or multipart); empty for JSON. */
  fields: Record<string, string>;
  /** Parsed body when it was JSON. */
  json: unknown;
}

export interface CallbackReceiver {
  url: string;
  received: ReceivedCallback[];
  /** The HTTP status to answer (a fixed one, or decided per callback). Default 200. */
  respondWith(status: number | ((callback: ReceivedCallback) => number)): void;
  /** Resolves once `count` callbacks (matching `filter`) have arrived; rejects after timeoutMs. */
  waitFor(
    count: number,
    options?: { timeoutMs?: number; filter?: (callback: ReceivedCallback) => boolean },
  ): Promise<ReceivedCallback[]>;
  clear(): void;
  close(): Promise<void>;
}

export async function startCallbackReceiver(options: { host?: string; port?: number } = {}): Promise<CallbackReceiver> {
  const received: ReceivedCallback[] = [];
  const listeners = new Set<() => void>();
  let decide: (callback: ReceivedCallback) => number = () => 200;

  const server = createServer((message, response) => {
    void (async () => {
      const url = new URL(message.url ?? '/', 'http://receiver');
      const raw = await readBody(message);
      const contentType = message.headers['content-type'] ?? '';
      const body = await parseBody(raw, contentType).catch(() => ({ form: undefined, json: undefined }));
      const callback: ReceivedCallback = {
        receivedAt: Date.now(),
        method: message.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        contentType,
        raw: raw.toString('utf8'),
        fields: Object.fromEntries(body.form?.pairs ?? []),
        json: body.json,
      };
      received.push(callback);
      response.writeHead(decide(callback), { 'content-type': 'text/plain' });
      response.end('ok');
      for (const listener of listeners) listener();
    })();
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    received,
    respondWith(status) {
      decide = typeof status === 'number' ? () => status : status;
    },
    waitFor(count, { timeoutMs = 5_000, filter = () => true } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matching = received.filter(filter);
          if (matching.length < count) return false;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(matching);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(`expected ${count} callbacks within ${timeoutMs} ms, got ${received.filter(filter).length}`),
          );
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    clear() {
      received.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

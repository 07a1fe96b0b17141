// A CRM's webhook receiver for exoflow, runnable as it is:
//
//   EXOFLOW_WEBHOOK_SECRET=whsec_… PORT=8080 npx tsx client/examples/webhook-receiver.ts
//
// then register http://<this host>:8080/exoflow with POST /v1/webhook-endpoints. Each request is
// verified (Standard Webhooks, with the `standardwebhooks` package) on its raw body before
// anything else; a forged or stale one gets 401 and is ignored. Retries and resends repeat the
// webhook-id: it is deduplicated (here in memory; in a CRM, a unique key in its database). The
// events of one resource arrive in `resource.seq` order, each after the one before was answered
// 2xx, so handling an event before answering keeps them in order.
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { pathToFileURL } from 'node:url';
import { type ExoflowEvent, verifyWebhook } from '../src/index.js';

export interface ReceiverOptions {
  /** The endpoint's signing secret (whsec_…), shown when it was created or rotated. */
  secret: string;
  /** Handles each event once; a throw answers 500 and exoflow retries it. */
  onEvent: (event: ExoflowEvent) => void | Promise<void>;
  /** webhook-ids handled already. */
  seen?: Set<string>;
}

const rawBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export function webhookReceiver({ secret, onEvent, seen = new Set() }: ReceiverOptions): RequestListener {
  return (req, res) => {
    void (async () => {
      if (req.method !== 'POST') return res.writeHead(405, { allow: 'POST' }).end();
      let verified;
      try {
        verified = verifyWebhook(secret, await rawBody(req), req.headers);
      } catch {
        return res.writeHead(401).end('bad signature');
      }
      if (!seen.has(verified.webhookId)) {
        try {
          await onEvent(verified.event);
        } catch {
          return res.writeHead(500).end();
        }
        seen.add(verified.webhookId);
      }
      res.writeHead(204).end();
    })();
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const secret = process.env.EXOFLOW_WEBHOOK_SECRET;
  if (!secret) throw new Error('Set EXOFLOW_WEBHOOK_SECRET to the endpoint secret (whsec_…)');
  const port = Number(process.env.PORT ?? 8080);
  createServer(
    webhookReceiver({
      secret,
      onEvent: (event) => {
        if (event.type === 'call.ended') process.stdout.write(`call ${event.resource.id} ended\n`);
      },
    }),
  ).listen(port, () => process.stdout.write(`listening on :${port}\n`));
}

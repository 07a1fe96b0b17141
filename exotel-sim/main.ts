// Process entry point: `tsx exotel-sim/main.ts`. Configured by environment variables.
import { z } from 'zod';
import { startExotelSimulator } from './index.js';
import { logLine } from './log.js';
import { variantsPatchSchema } from './variants.js';

const envSchema = z.object({
  EXOTEL_SIM_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  EXOTEL_SIM_HOST: z.string().min(1).default('127.0.0.1'),
  EXOTEL_SID: z.string().min(1).default('sandbox'),
  EXOTEL_API_KEY: z.string().min(1).default('sandbox-key'),
  EXOTEL_API_TOKEN: z.string().min(1).default('sandbox-token'),
  EXOTEL_SIM_PUBLIC_URL: z.url().optional(),
  /** WhatsApp: where incoming messages go, and DLRs of messages that name no status_callback. */
  EXOTEL_SIM_WHATSAPP_INBOUND_URL: z.url().optional(),
  EXOTEL_SIM_WHATSAPP_STATUS_CALLBACK: z.url().optional(),
  /** JSON object of variants, e.g. {"initialStatus":"queued"}. */
  EXOTEL_SIM_VARIANTS: z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(variantsPatchSchema)
    .optional(),
});

async function main(): Promise<void> {
  const present = Object.fromEntries(
    Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    logLine('error', 'invalid exotel simulator configuration', {
      issues: parsed.error.issues.map((issue) => ({ variable: issue.path.join('.'), message: issue.message })),
    });
    process.exit(1);
  }
  const env = parsed.data;
  const sim = await startExotelSimulator({
    port: env.EXOTEL_SIM_PORT,
    host: env.EXOTEL_SIM_HOST,
    accountSid: env.EXOTEL_SID,
    apiKey: env.EXOTEL_API_KEY,
    apiToken: env.EXOTEL_API_TOKEN,
    publicUrl: env.EXOTEL_SIM_PUBLIC_URL,
    variants: env.EXOTEL_SIM_VARIANTS,
    whatsappInboundUrl: env.EXOTEL_SIM_WHATSAPP_INBOUND_URL,
    whatsappStatusCallback: env.EXOTEL_SIM_WHATSAPP_STATUS_CALLBACK,
  });
  logLine('info', 'exotel simulator listening', { url: sim.url, accountSid: sim.accountSid });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logLine('info', 'exotel simulator stopping', { signal });
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logLine('error', 'exotel simulator failed to start', {
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
});

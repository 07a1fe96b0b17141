// Request and response shapes of the codec endpoint (api/routes/codec.ts): Temporal's JSON form of
// payloads, `{"payloads":[{"metadata":{"encoding":"<base64>"},"data":"<base64>"}]}`, bytes as base64.
import { z } from 'zod';

const base64 = z
  .string()
  .max(8 * 1024 * 1024, 'is too long')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const jsonPayload = z.object({
  metadata: z
    .record(
      z.string().min(1, 'must name the metadata entry').max(256, 'is too long'),
      base64.describe('The value, base64'),
    )
    .nullish()
    .describe('Metadata entries (such as encoding), each value base64'),
  data: base64.nullish().describe('The payload bytes, base64'),
});

export const codecBody = z.strictObject({
  payloads: z.array(jsonPayload).max(10_000, 'at most 10,000 payloads per request'),
});

export const codecResponse = z.object({ payloads: z.array(jsonPayload) });

export type JsonPayload = z.infer<typeof jsonPayload>;

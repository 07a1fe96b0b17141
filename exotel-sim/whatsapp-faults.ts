// Request-level faults of the WhatsApp send, consumed one per send request in order: the same
// shapes as voice connect faults. `accepted: true` is the hazardous case for exactly-once: the
// messages are accepted (recorded, DLRs flow) but the answer is an error, a hang or slow.
import { z } from 'zod';
import { connectFaultSchema } from './scripts.js';

export const sendFaultSchema = z.strictObject({
  fault: connectFaultSchema,
  accepted: z.boolean().optional(),
});
export type SendFault = z.infer<typeof sendFaultSchema>;

export class SendFaultQueue {
  private faults: SendFault[] = [];

  push(input: unknown): SendFault[] {
    this.faults.push(...z.array(sendFaultSchema).parse(input));
    return this.list();
  }

  take(): SendFault | undefined {
    return this.faults.shift();
  }

  list(): SendFault[] {
    return [...this.faults];
  }

  clear(): void {
    this.faults = [];
  }
}

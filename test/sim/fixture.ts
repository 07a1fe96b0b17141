// One simulator and one callback receiver per test file, reset after each test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type CallbackReceiver,
  type ExotelSimulator,
  type ExotelSimulatorOptions,
  startCallbackReceiver,
  startExotelSimulator,
} from '../../exotel-sim/index.js';

export const auth = { authorization: `Basic ${Buffer.from('k:t').toString('base64')}` };

export interface SimulatorContext {
  sim: ExotelSimulator;
  receiver: CallbackReceiver;
}

/** Registers the hooks; the returned context is filled in before the first test runs. */
export function useSimulator(options: ExotelSimulatorOptions = {}): SimulatorContext {
  const ctx = {} as SimulatorContext;
  beforeAll(async () => {
    ctx.sim = await startExotelSimulator({ accountSid: 'acme', apiKey: 'k', apiToken: 't', ...options });
    ctx.receiver = await startCallbackReceiver();
  });
  afterAll(async () => {
    await ctx.sim.close();
    await ctx.receiver.close();
  });
  afterEach(() => {
    ctx.sim.reset();
    ctx.receiver.clear();
    ctx.receiver.respondWith(200);
  });
  return ctx;
}

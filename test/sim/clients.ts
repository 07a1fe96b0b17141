// Our Exotel clients (voice and WhatsApp) pointed at the file's simulator, closed after each test,
// and the ExotelError a failed call ends in.
import { afterEach, expect } from 'vitest';
import { ExotelClient } from '../../exotel/client.js';
import { ExotelError } from '../../exotel/errors.js';
import { WhatsAppClient } from '../../exotel/whatsapp-client.js';
import type { SimulatorContext } from './fixture.js';

export interface ClientOptions {
  timeoutMs?: number;
  baseUrl?: string;
}

/** Factories for clients of the simulator's account; each client made is closed after the test. */
export function useClients(ctx: SimulatorContext) {
  const made: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((client) => client.close()));
  });
  const options = (given: ClientOptions) => ({
    baseUrl: given.baseUrl ?? ctx.sim.url,
    accountSid: 'acme',
    apiKey: 'k',
    apiToken: 't',
    timeoutMs: given.timeoutMs ?? 2_000,
  });
  const track = <T extends { close(): Promise<void> }>(client: T): T => {
    made.push(client);
    return client;
  };
  return {
    voice: (given: ClientOptions = {}) => track(new ExotelClient(options(given))),
    whatsapp: (given: ClientOptions = {}) => track(new WhatsAppClient(options(given))),
    /** Closes this client after the test too. */
    track,
  };
}

/** The ExotelError a promise rejects with (fails the test if it resolves or rejects otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<ExotelError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ExotelError);
  return error as ExotelError;
}

// Replays recorded histories of real runs against today's workflow code. A failure means a
// change would break workflows already running in production: guard it with patched().
// Record a new fixture with scripts/record-history.ts. Histories are replayed with the payload
// codec: those recorded before encryption pass through it, the `-encrypted` ones were written with
// the fixture key below, here a retired key (another one is active), as after a rotation.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { payloadKeySettingsFrom } from '../../config/payload-keys.js';
import { temporalDataConverter } from '../../lib/temporal.js';
import { bundlerOptions, workflowsPath } from '../../worker/bundle.js';

/** The key the encrypted fixtures were recorded with (published in config/secrets.ts). */
const FIXTURE_KEY = 'fixture-2026:Zml4dHVyZS1wYXlsb2FkLWtleS1mb3ItcmVwbGF5cyE=';
const dataConverter = temporalDataConverter(
  payloadKeySettingsFrom({ PAYLOAD_ENCRYPTION_KEYS: `current:${randomBytes(32).toString('base64')},${FIXTURE_KEY}` }),
);

const dir = fileURLToPath(new URL('../fixtures/histories/', import.meta.url));
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('replay of recorded histories', () => {
  it('has recorded histories to replay, encrypted ones among them', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    const encrypted = fixtures.filter((name) => name.includes('-encrypted'));
    expect(encrypted.length).toBeGreaterThan(0);
    for (const name of encrypted) {
      const started = JSON.parse(readFileSync(`${dir}${name}`, 'utf8')).events[0]
        .workflowExecutionStartedEventAttributes;
      const encoding = Buffer.from(started.input.payloads[0].metadata.encoding, 'base64').toString('utf8');
      expect(encoding, name).toBe('binary/encrypted');
    }
  });

  it.each(fixtures)('%s replays without nondeterminism', async (name) => {
    const history = JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
    const started = history.events[0].workflowExecutionStartedEventAttributes;
    // The file name says which workflow it recorded: click-to-call-*, whatsapp-campaign-* or whatsapp-message-*.
    const type = name.startsWith('whatsapp-campaign')
      ? 'whatsappCampaign'
      : name.startsWith('whatsapp-message')
        ? 'singleMessage'
        : 'clickToCall';
    expect(started.workflowType.name).toBe(type);
    await expect(
      Worker.runReplayHistory({ workflowsPath, bundlerOptions, dataConverter }, history, name),
    ).resolves.toBeUndefined();
  });

  // The worker logs the reason: PayloadDecryptionError naming key ID "fixture-2026".
  it('cannot replay an encrypted history without the key it was written with', async () => {
    const name = fixtures.find((fixture) => fixture.includes('-encrypted'))!;
    const history = JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
    const withoutFixtureKey = temporalDataConverter(
      payloadKeySettingsFrom({ PAYLOAD_ENCRYPTION_KEYS: `current:${randomBytes(32).toString('base64')}` }),
    );
    await expect(
      Worker.runReplayHistory({ workflowsPath, bundlerOptions, dataConverter: withoutFixtureKey }, history, name),
    ).rejects.toThrow(/Replay failed/);
  });
});

// Replays recorded histories of real runs against today's workflow code. A failure means a
// change would break workflows already running in production: guard it with patched().
// Record a new fixture with scripts/record-history.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { bundlerOptions, workflowsPath } from '../../worker/bundle.js';

const dir = fileURLToPath(new URL('../fixtures/histories/', import.meta.url));
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('replay of recorded histories', () => {
  it('has recorded histories to replay', () => {
    expect(fixtures.length).toBeGreaterThan(0);
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
    await expect(Worker.runReplayHistory({ workflowsPath, bundlerOptions }, history, name)).resolves.toBeUndefined();
  });
});

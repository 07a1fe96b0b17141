import { describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';

describe('logger', () => {
  it('writes one JSON line per call with every phone number masked', () => {
    const lines: string[] = [];
    const logger = createLogger({ service: 'test' }, 'info', (line) => lines.push(line));
    logger.info('dialling +919876543210', {
      to: '09876543210',
      nested: { from: '+14155550123' },
      callSid: 'c5797dcbaaeed7678c4062a4a3ed2f8a',
    });
    logger.debug('hidden');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: 'info',
      service: 'test',
      msg: 'dialling +91******3210',
      to: '*******3210',
      nested: { from: '+14*****0123' },
    });
    expect(entry.callSid).toBe('c5797dcbaaeed7678c4062a4a3ed2f8a');
    expect(lines[0]).not.toMatch(/9876543210|4155550123/);
  });
});

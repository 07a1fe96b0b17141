// When the worker vacuums a table itself (only when the server's autovacuum is off).
import { describe, expect, it } from 'vitest';
import { maintenanceFor } from '../../lib/vacuum-sweeper.js';

const table = (liveRows: number, deadRows: number, changedSinceAnalyze = 0) => ({
  table: 'message_sends',
  liveRows,
  deadRows,
  changedSinceAnalyze,
});

describe('maintenanceFor', () => {
  it('leaves a table alone until its dead rows pass 1,000 plus a fifth of its live rows', () => {
    expect(maintenanceFor(table(0, 1_000))).toBeNull();
    expect(maintenanceFor(table(0, 1_001))).toBe('vacuum');
    expect(maintenanceFor(table(100_000, 21_000))).toBeNull();
    expect(maintenanceFor(table(100_000, 21_001))).toBe('vacuum');
  });

  it('gathers statistics alone when rows changed but few are dead (inserts)', () => {
    expect(maintenanceFor(table(50_000, 0, 50_000))).toBe('analyze');
    expect(maintenanceFor(table(50_000, 0, 5_000))).toBeNull();
  });

  it('vacuums (which analyzes too) when both are due', () => {
    expect(maintenanceFor(table(10_000, 5_000, 20_000))).toBe('vacuum');
  });
});

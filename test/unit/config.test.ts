import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv, requiredEnvKeys } from '../../config/env.js';

const valid = {
  API_KEYS: 'sandbox-key-0123456789abcdef, second-key-0123456789',
  CALLBACK_BASE_URL: 'https://crm.example.in',
  WEBHOOK_SIGNING_SECRET: 'x'.repeat(32),
  SUPPRESSION_PEPPER: 'p'.repeat(32),
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/exoflow',
  EXOTEL_SID: 'acme',
  EXOTEL_API_KEY: 'key',
  EXOTEL_API_TOKEN: 'token',
  EXOTEL_CALLER_ID: '+918047112345',
};

describe('configuration', () => {
  it('applies defaults and splits API keys', () => {
    const env = loadEnv(valid);
    // Keys without roles are agent+marketer keys (the format before roles).
    expect(env.API_KEYS).toEqual([
      { key: 'sandbox-key-0123456789abcdef', roles: ['agent', 'marketer'] },
      { key: 'second-key-0123456789', roles: ['agent', 'marketer'] },
    ]);
    expect(env.PORT).toBe(3000);
    expect(env.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
  });

  it('names every bad variable', () => {
    try {
      loadEnv({ ...valid, PORT: 'eighty', WEBHOOK_SIGNING_SECRET: 'short', EXOTEL_API_KEY: '' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.variable).sort()).toEqual([
        'EXOTEL_API_KEY',
        'PORT',
        'WEBHOOK_SIGNING_SECRET',
      ]);
    }
  });

  it('lists the variables a deployment must set', () => {
    expect(requiredEnvKeys.sort()).toEqual(Object.keys(valid).sort());
  });

  it('reads credit settings exactly: trial grant, guide rates, thresholds', () => {
    const env = loadEnv(valid);
    expect(env.CREDITS_INITIAL_GRANT).toBe(500_000);
    expect(env.VOICE_CREDITS_PER_LEG_MINUTE).toBe(1000);
    expect(env.WHATSAPP_CREDITS_PER_MESSAGE).toBe(1000);
    expect(env.WHATSAPP_CREDITS_BY_CATEGORY).toEqual({});
    expect(env.CREDIT_ALERT_THRESHOLDS).toEqual([80]);
    const custom = loadEnv({
      ...valid,
      WHATSAPP_CREDITS_BY_CATEGORY: 'utility=0.5, authentication=0.25',
      CREDIT_ALERT_THRESHOLDS: '50,80,95',
    });
    expect(custom.WHATSAPP_CREDITS_BY_CATEGORY).toEqual({ utility: 500, authentication: 250 });
    expect(custom.CREDIT_ALERT_THRESHOLDS).toEqual([50, 80, 95]);
  });

  it('names bad credit settings', () => {
    try {
      loadEnv({
        ...valid,
        CREDITS_INITIAL_GRANT: '1.2345',
        WHATSAPP_CREDITS_BY_CATEGORY: 'promo=1',
        CREDIT_ALERT_THRESHOLDS: '120',
        CREDITS_TIMEZONE: 'Mars/Olympus',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.variable).sort()).toEqual([
        'CREDITS_INITIAL_GRANT',
        'CREDITS_TIMEZONE',
        'CREDIT_ALERT_THRESHOLDS',
        'WHATSAPP_CREDITS_BY_CATEGORY',
      ]);
    }
  });
});

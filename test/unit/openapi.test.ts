// The OpenAPI document passes a strict validator, its patterns are portable regular
// expressions, and it lists the same operations as the route table, with their roles.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { browserTokenRoutes, type Method, routeAccess } from '../../api/access.js';
import { openApiDocument } from '../../api/openapi.js';

const document = openApiDocument() as unknown as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, unknown>; security?: unknown[] } & Record<string, unknown>>
  >;
};

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.0 document', async () => {
    const result = await new Validator().validate(structuredClone(document) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has only patterns every regex engine reads alike (no Unicode property escapes)', () => {
    const patterns: string[] = [];
    JSON.stringify(document, (key, value: unknown) => {
      if (key === 'pattern' && typeof value === 'string') patterns.push(value);
      return value;
    });
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(pattern, pattern).not.toMatch(/\\p\{|\\u\{|\(\?<[=!a-zA-Z]/);
      expect(() => new RegExp(pattern), pattern).not.toThrow();
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
    }
  });

  it('declares the roles of every operation from the route table', () => {
    for (const [path, methods] of Object.entries(routeAccess)) {
      for (const [method, access] of Object.entries(methods)) {
        const operation = document.paths[path]?.[method];
        expect(operation, `${method} ${path}`).toBeDefined();
        if (Array.isArray(access)) {
          expect(operation!['x-required-roles']).toEqual(access);
          // Browser tokens (POST /v1/browser-tokens) open a few call routes besides keys and sessions.
          const browser = browserTokenRoutes[path]?.includes(method as Method) ?? false;
          expect(operation!.security).toEqual([
            { apiKey: [] },
            { session: [] },
            ...(browser ? [{ browserToken: [] }] : []),
          ]);
          expect(operation!['x-browser-token']).toBe(browser ? true : undefined);
          expect(Object.keys(operation!.responses)).toEqual(expect.arrayContaining(['401', '403', '429']));
          expect(operation!.description).toContain(`Roles: ${access.join(' or ')}.`);
        } else {
          expect(operation!.security).toEqual([]);
        }
      }
    }
  });

  it('lists 402 for calls, the stream answers, and body refusals', () => {
    expect(Object.keys(document.paths['/v1/calls']!.post!.responses)).toEqual(
      expect.arrayContaining(['402', '400', '413', '415', '429']),
    );
    expect(Object.keys(document.paths['/v1/calls/{id}/events']!.get!.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '429']),
    );
    expect(Object.keys(document.paths['/v1/webhooks/exotel/voice']!.post!.responses)).toEqual(
      expect.arrayContaining(['400', '401', '413', '415', '429']),
    );
  });
});

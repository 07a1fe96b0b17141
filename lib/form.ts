// Form bodies with PHP-style bracket keys (`Legs[0][Status]=completed`) turned into nested
// objects and arrays, the shape the same payload has when sent as JSON.

type Nested = { [key: string]: Nested | string } | (Nested | string)[];

/** Keys that would reach Object.prototype: dropped, since the body comes from outside. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function unflattenBracketKeys(entries: Iterable<[string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null);
  for (const [key, value] of entries) {
    const path = parseKey(key);
    if (path.length === 0 || path.some((segment) => FORBIDDEN.has(segment))) continue;
    assign(root, path, value);
  }
  return root;
}

function parseKey(key: string): string[] {
  const head = /^[^[\]]+/.exec(key);
  if (!head) return [];
  const rest = [...key.slice(head[0].length).matchAll(/\[([^[\]]*)\]/g)].map((match) => match[1] ?? '');
  return [head[0], ...rest];
}

function assign(target: Record<string, unknown> | unknown[], path: string[], value: string): void {
  const [segment, ...rest] = path as [string, ...string[]];
  const container = target as Record<string, unknown>;
  const key = segment === '' && Array.isArray(target) ? String(target.length) : segment;
  if (rest.length === 0) {
    container[key] = value;
    return;
  }
  const nextIsIndex = rest[0] === '' || /^[0-9]+$/.test(rest[0] ?? '');
  const existing = container[key];
  const child =
    existing !== undefined && typeof existing === 'object' && existing !== null
      ? existing
      : nextIsIndex
        ? []
        : Object.create(null);
  container[key] = child;
  assign(child as Nested as Record<string, unknown>, rest, value);
}

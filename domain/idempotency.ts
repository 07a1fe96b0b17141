// Idempotency that says so: a repeated request (same Idempotency-Key, same trackingId) gets the
// earlier result only when it asks for the same thing; otherwise the API answers 409 naming the
// fields that differ. Pure: the caller passes both requests as plain JSON values, already
// normalised (phone numbers in E.164, defaults applied), so `"98..."` and `"+9198..."` agree.

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item as Json, b[i] as Json));
  }
  const left = a as { readonly [key: string]: Json | undefined };
  const right = b as { readonly [key: string]: Json | undefined };
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameJson(left[key], right[key]));
}

/**
 * The fields (of `fields`) on which a repeated request differs from the earlier one, in the
 * order given; empty when it asks for the same thing. An absent field and `null` agree (a
 * request that leaves out an optional field asks for its default, which the caller fills in).
 */
export function differingFields<K extends string>(
  earlier: { readonly [key in K]?: Json | undefined },
  repeated: { readonly [key in K]?: Json | undefined },
  fields: readonly K[],
): K[] {
  return fields.filter((field) => !sameJson(earlier[field] ?? null, repeated[field] ?? null));
}

/** The message of a 409 for a repeated key with another body: what differs, and what to do. */
export function idempotencyConflictMessage(key: string, fields: readonly string[]): string {
  return (
    `${key} was used before with a different ${fields.join(', ')}: the earlier request stands. ` +
    'Repeat it exactly to get its result, or use a new key for a new request.'
  );
}

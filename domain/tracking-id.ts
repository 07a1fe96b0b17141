// A call's tracking ID becomes the Temporal search attribute TrackingId, which Temporal indexes in
// clear (search attributes cannot be encrypted): it must not quote the call's phone numbers.
// Pure; unit-tested.

/** Digits of a number that identify it: its last 10 (the national number of +91 and most plans). */
function identifyingDigits(e164: string): string {
  const digits = e164.replace(/[^0-9]/g, '');
  return digits.slice(-Math.max(6, Math.min(10, digits.length - 2)));
}

/** True when the tracking ID contains one of these numbers (separators ignored). */
export function trackingIdQuotesNumber(trackingId: string, numbers: readonly string[]): boolean {
  const digits = trackingId.replace(/[^0-9]/g, '');
  return numbers.some((number) => {
    const identifying = identifyingDigits(number);
    return identifying.length >= 6 && digits.includes(identifying);
  });
}

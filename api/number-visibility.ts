// Who may read customers' phone numbers. Agents dial them, privacy officers answer erasure
// requests by number, admins may do anything; viewers (dashboards) and marketers read calls and
// events with the customer's number masked (`+91******3210`). The API masks them, so a masked
// number never reaches a browser or script that is not allowed to see it.
import type { Response } from 'express';
import type { ApiRole } from '../config/api-keys.js';
import { maskPhone } from '../domain/phone.js';
import { callerRoles } from './auth.js';

export const NUMBER_ROLES: readonly ApiRole[] = ['admin', 'agent', 'privacy'];

/** Whether the caller's key may see customers' numbers in full. */
export function seesNumbers(res: Response): boolean {
  const roles = callerRoles(res);
  return NUMBER_ROLES.some((role) => roles.has(role));
}

/** A call (or anything with a customerNumber) as this caller may see it. */
export function callForCaller<T extends { customerNumber: string }>(res: Response, call: T): T {
  return seesNumbers(res) ? call : { ...call, customerNumber: maskPhone(call.customerNumber) };
}

/** An event as this caller may see it: a call event's customer number masked unless allowed. */
export function eventForCaller<T extends { resource: { type: string }; data: unknown }>(res: Response, event: T): T {
  if (event.resource.type !== 'call' || seesNumbers(res)) return event;
  const data = event.data as { customerNumber?: unknown } | null;
  if (!data || typeof data.customerNumber !== 'string') return event;
  return { ...event, data: { ...data, customerNumber: maskPhone(data.customerNumber) } };
}

// Who is signed in, for every page: the key's roles decide what a page shows and offers. The
// API enforces the same roles (api/access.ts); hiding a control here only spares a 403.
import { createContext, useContext } from 'react';
import type { Session } from './api';

export type Role = Session['roles'][number];

export const SessionContext = createContext<Session | null>(null);

/** Whether the signed-in key holds one of `roles` (admin holds them all). */
export function useCan(): (...roles: Role[]) => boolean {
  const session = useContext(SessionContext);
  const held = new Set(session?.roles ?? []);
  return (...roles) => held.has('admin') || roles.some((role) => held.has(role));
}

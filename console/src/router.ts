// Hash routes (#/, #/calls, #/calls/<id>): the server serves one index.html and needs no fallback.
import { useEffect, useState } from 'react';

export type Route = { page: 'overview' } | { page: 'calls' } | { page: 'call'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const call = /^\/calls\/([0-9a-f-]{36})$/i.exec(path);
  if (call?.[1]) return { page: 'call', id: call[1] };
  if (path === '/calls') return { page: 'calls' };
  return { page: 'overview' };
}

export const href = (route: Route) =>
  route.page === 'call' ? `#/calls/${route.id}` : route.page === 'calls' ? '#/calls' : '#/';

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

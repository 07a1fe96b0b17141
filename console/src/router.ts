// Hash routes (#/, #/calls, #/calls/<id>, #/campaigns, #/campaigns/new, #/campaigns/<id>,
// #/campaigns/<id>/edit, #/contacts, #/contacts/<id>): the server serves one index.html and needs no fallback.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'overview' }
  | { page: 'calls' }
  | { page: 'call'; id: string }
  | { page: 'campaigns' }
  | { page: 'campaign-new' }
  | { page: 'campaign'; id: string }
  | { page: 'campaign-edit'; id: string }
  | { page: 'contacts' }
  | { page: 'contact'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const call = /^\/calls\/([0-9a-f-]{36})$/i.exec(path);
  if (call?.[1]) return { page: 'call', id: call[1] };
  if (path === '/calls') return { page: 'calls' };
  const campaign = /^\/campaigns\/([0-9a-f-]{36})(\/edit)?$/i.exec(path);
  if (campaign?.[1]) return { page: campaign[2] ? 'campaign-edit' : 'campaign', id: campaign[1] };
  if (path === '/campaigns/new') return { page: 'campaign-new' };
  if (path === '/campaigns') return { page: 'campaigns' };
  const contact = /^\/contacts\/([0-9a-f-]{36})$/i.exec(path);
  if (contact?.[1]) return { page: 'contact', id: contact[1] };
  if (path === '/contacts') return { page: 'contacts' };
  return { page: 'overview' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'call':
      return `#/calls/${route.id}`;
    case 'calls':
      return '#/calls';
    case 'campaigns':
      return '#/campaigns';
    case 'campaign-new':
      return '#/campaigns/new';
    case 'campaign':
      return `#/campaigns/${route.id}`;
    case 'campaign-edit':
      return `#/campaigns/${route.id}/edit`;
    case 'contact':
      return `#/contacts/${route.id}`;
    case 'contacts':
      return '#/contacts';
    default:
      return '#/';
  }
}

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

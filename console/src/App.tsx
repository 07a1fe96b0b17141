// The console's frame: sign-in when there is no session, else the navigation and the page.
import { useCallback, useEffect, useState } from 'react';
import { api, type Session, SIGNED_OUT_EVENT } from './api';
import { CallPage } from './pages/CallPage';
import { CallsPage } from './pages/CallsPage';
import { CampaignBuilderPage } from './pages/CampaignBuilderPage';
import { CampaignPage } from './pages/CampaignPage';
import { CampaignsPage } from './pages/CampaignsPage';
import { ContactPage } from './pages/ContactPage';
import { ContactsPage } from './pages/ContactsPage';
import { closeLive } from './live';
import { SessionContext } from './session';
import { OverviewPage } from './pages/OverviewPage';
import { SignInPage } from './pages/SignInPage';
import { href, useRoute } from './router';

type SessionState = { state: 'checking' } | { state: 'signed-out' } | { state: 'signed-in'; session: Session };

export function App() {
  const [session, setSession] = useState<SessionState>({ state: 'checking' });
  const route = useRoute();

  const check = useCallback(async () => {
    const { data, response } = await api.GET('/v1/sessions/current').catch(() => ({ data: undefined, response: null }));
    setSession(data && response?.ok ? { state: 'signed-in', session: data } : { state: 'signed-out' });
  }, []);

  useEffect(() => {
    void check();
    const signedOut = () => setSession({ state: 'signed-out' });
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, [check]);

  if (session.state === 'checking') return <p className="loading">Loading…</p>;
  if (session.state === 'signed-out')
    return <SignInPage onSignedIn={(value) => setSession({ state: 'signed-in', session: value })} />;

  const signOut = async () => {
    await api.DELETE('/v1/sessions').catch(() => undefined);
    closeLive();
    setSession({ state: 'signed-out' });
  };
  const current = (page: string) => (route.page === page ? 'page' : undefined);
  const roles = new Set(session.session.roles);
  const reads = (...needed: typeof session.session.roles) => roles.has('admin') || needed.some((r) => roles.has(r));

  return (
    <SessionContext.Provider value={session.session}>
      <header className="top">
        <a className="brand" href={href({ page: 'overview' })}>
          exoflow
        </a>
        <nav aria-label="Main">
          <a href={href({ page: 'overview' })} aria-current={current('overview')}>
            Overview
          </a>
          {reads('agent', 'viewer', 'privacy') && (
            <a href={href({ page: 'calls' })} aria-current={route.page === 'call' ? 'page' : current('calls')}>
              Calls
            </a>
          )}
          {reads('marketer', 'viewer') && (
            <a href={href({ page: 'campaigns' })} aria-current={route.page.startsWith('campaign') ? 'page' : undefined}>
              Campaigns
            </a>
          )}
          {reads('marketer', 'viewer', 'privacy') && (
            <a href={href({ page: 'contacts' })} aria-current={route.page === 'contact' ? 'page' : current('contacts')}>
              Contacts
            </a>
          )}
        </nav>
        <span className="who" title={session.session.admin ? 'Admin key' : 'API key'}>
          {session.session.keyFingerprint}
        </span>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main>
        {route.page === 'overview' && <OverviewPage />}
        {route.page === 'calls' && <CallsPage />}
        {route.page === 'call' && <CallPage id={route.id} />}
        {route.page === 'campaigns' && <CampaignsPage />}
        {route.page === 'campaign-new' && (reads('marketer') ? <CampaignBuilderPage /> : <NotAllowed />)}
        {route.page === 'campaign-edit' && (reads('marketer') ? <CampaignBuilderPage id={route.id} /> : <NotAllowed />)}
        {route.page === 'campaign' && <CampaignPage id={route.id} />}
        {route.page === 'contacts' && <ContactsPage />}
        {route.page === 'contact' && <ContactPage id={route.id} />}
      </main>
    </SessionContext.Provider>
  );
}

/** A page the signed-in key may not use (the API would refuse its requests with 403). */
function NotAllowed() {
  return (
    <p role="alert" className="error">
      This key cannot change campaigns: sign in with a marketer's key.
    </p>
  );
}

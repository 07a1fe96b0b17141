// A CRM's lead page with the CallButton (`vite build client/examples/call-button`). The page knows
// exoflow's URL, the agent and the lead's number (here from its query string:
// ?exoflow=<url>&agent=<number>&customer=<number>), and holds no API key: each click asks the
// CRM's own backend, at POST /crm/browser-token, for a short-lived browser token for this agent.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CallButton } from '../../src/react.js';

const query = new URLSearchParams(window.location.search);
const agentNumber = query.get('agent') ?? '';

async function browserToken(): Promise<string> {
  const response = await fetch('/crm/browser-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ agentNumber }),
  });
  if (!response.ok) throw new Error(`The CRM backend gave no token (${response.status})`);
  return ((await response.json()) as { token: string }).token;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Lead {query.get('lead') ?? ''}</h1>
    <CallButton
      baseUrl={query.get('exoflow') ?? ''}
      getToken={browserToken}
      agentNumber={agentNumber}
      customerNumber={query.get('customer') ?? ''}
      label="Call the lead"
    />
  </StrictMode>,
);

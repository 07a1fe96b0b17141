// The CRM's click-to-call button, done right: the page holds no API key. On click it asks the
// CRM's own backend for a browser token (`getToken`, which calls POST /v1/browser-tokens with the
// CRM's key, server side), starts the call with it, and shows the call's live status from its
// stream (GET /v1/calls/{id}/events) until the call is over, without a reload.
import { useEffect, useRef, useState } from 'react';
import { followCall } from './call-stream.js';
import { type CallStatus, createExoflowClient, ExoflowApiError, unwrap } from './client.js';

export interface CallButtonProps {
  /** Where exoflow's API is. Its BROWSER_TOKEN_ORIGINS must list this page's origin. */
  baseUrl: string;
  /** A fresh browser token for `agentNumber`, from the CRM's backend. */
  getToken: () => Promise<string>;
  agentNumber: string;
  customerNumber: string;
  /** The CRM's ID for this call (a lead or ticket): a second click never dials twice. */
  trackingId?: string;
  record?: boolean;
  label?: string;
  /** Called once the call is over, with its final status. */
  onEnded?: (status: CallStatus, callId: string) => void;
}

const STATUS_TEXT: Record<CallStatus, string> = {
  queued: 'Queued',
  dialing: 'Ringing the agent',
  'agent-answered': 'Agent answered, ringing the customer',
  'in-progress': 'Connected',
  completed: 'Completed',
  busy: 'Busy',
  'no-answer': 'No answer',
  failed: 'Failed',
  canceled: 'Canceled',
};

type State =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'live' | 'ended'; callId: string; status: CallStatus }
  | { phase: 'refused'; message: string };

export function CallButton(props: CallButtonProps) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: 'starting' });
    try {
      const client = createExoflowClient({ baseUrl: props.baseUrl, credential: props.getToken });
      const started = unwrap(
        await client.POST('/v1/calls', {
          body: {
            agentNumber: props.agentNumber,
            customerNumber: props.customerNumber,
            record: props.record ?? false,
            ...(props.trackingId ? { trackingId: props.trackingId } : {}),
          },
          signal: controller.signal,
        }),
      );
      setState({ phase: 'live', callId: started.id, status: started.status });
      const final = await followCall(started.id, {
        baseUrl: props.baseUrl,
        credential: props.getToken,
        signal: controller.signal,
        onState: (call) => setState({ phase: 'live', callId: call.id, status: call.status }),
      });
      setState({ phase: 'ended', callId: final.id, status: final.status });
      props.onEnded?.(final.status, final.id);
    } catch (error) {
      if (controller.signal.aborted) return;
      const message =
        error instanceof ExoflowApiError
          ? `${error.message} (${error.status} ${error.code})`
          : `Could not place the call: ${String(error)}`;
      setState({ phase: 'refused', message });
    }
  };

  const busy = state.phase === 'starting' || state.phase === 'live';
  const call = state.phase === 'live' || state.phase === 'ended' ? state : undefined;
  return (
    <div className="exoflow-call-button">
      <button type="button" onClick={() => void start()} disabled={busy}>
        {props.label ?? 'Call'}
      </button>{' '}
      <output aria-live="polite" data-status={call?.status ?? state.phase} data-call-id={call?.callId}>
        {state.phase === 'starting' ? 'Starting…' : call ? STATUS_TEXT[call.status] : ''}
      </output>
      {state.phase === 'refused' && <p role="alert">{state.message}</p>}
    </div>
  );
}

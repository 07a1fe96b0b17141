// POST /v2/accounts/:sid/messages: WhatsApp bulk send (up to 100 messages). Checks auth, account
// and body, applies the send limit, answers each message (accepted with a sid, or refused as
// scripted), records it in the ledger and puts its DLRs on the clock. Queued send faults shape
// the answer, before or after the messages are accepted. Per-message work is a parse, a rule
// lookup, a plan and a record, so a fraction of a core handles thousands of messages a second.
import type { ServerResponse } from 'node:http';
import { answerFault } from './connect-faults.js';
import { RestError } from './errors.js';
import { newHexIds } from './ids.js';
import { sendJson, type Route, type SimRequest } from './http.js';
import { looksLikePhone, normalisePhone } from './phone.js';
import type { SimState } from './state.js';
import { requireApiCredentials, requireOwnAccount } from './v1-guard.js';
import { fateScript } from './whatsapp-fates.js';
import type { StoredMessage } from './whatsapp-ledger.js';
import { planMessage, type MessagePlan } from './whatsapp-playout.js';
import { flattenMessages, sendBodySchema, type IncomingWhatsApp, type SendBody } from './whatsapp-request.js';
import {
  rejectionDetails,
  sendAnswer,
  sendWhatsAppError,
  summariseSendBody,
  type MessageResult,
} from './whatsapp-responses.js';
import { scheduleDlrs } from './whatsapp-schedule.js';

function parseSendBody(request: SimRequest, state: SimState): SendBody {
  if (request.json === undefined) throw new RestError(400, 'Send a JSON body with Content-Type: application/json');
  const parsed = sendBodySchema.safeParse(request.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RestError(400, `Invalid request: ${issue?.path.join('.') || '(body)'} ${issue?.message ?? ''}`.trim());
  }
  const max = state.variants.whatsappMaxMessagesPerRequest;
  const count = parsed.data.whatsapp.messages.length;
  if (count > max) throw new RestError(400, `Too many messages: ${count} in one request, at most ${max}`);
  return parsed.data;
}

/** Auth, account, body, limit: the checks that refuse the whole request. */
function admit(request: SimRequest, state: SimState): SendBody {
  requireApiCredentials(request, state);
  requireOwnAccount(request, state);
  const { variants } = state;
  const body = parseSendBody(request, state);
  const cost = variants.whatsappRateLimitUnit === 'messages' ? body.whatsapp.messages.length : 1;
  const waitMs = state.whatsapp.bucket.take(cost, variants.whatsappRateLimitPerSecond, variants.whatsappRateLimitBurst);
  if (waitMs > 0) {
    const headers: Record<string, string> = variants.whatsappRateLimitRetryAfterHeader
      ? { 'retry-after': String(Math.ceil(waitMs / 1000)) }
      : {};
    throw new RestError(
      429,
      `Too many requests: WhatsApp sends are limited to ${variants.whatsappRateLimitPerSecond} ${variants.whatsappRateLimitUnit} per second`,
      undefined,
      headers,
    );
  }
  return body;
}

function acceptOne(
  state: SimState,
  incoming: IncomingWhatsApp,
  sid: string,
  requestId: string,
  now: number,
): { message: StoredMessage; plan: MessagePlan | undefined } {
  const toKey = normalisePhone(incoming.to);
  const rule = state.whatsapp.scripts.take(toKey);
  const script = rule?.rule.script ?? fateScript(toKey, state.variants);
  const reject = script.reject ?? (looksLikePhone(incoming.to) ? undefined : 'invalid-number');
  const plan = reject === undefined ? planMessage(script, now, state.variants) : undefined;
  const message = state.whatsapp.ledger.add({
    ...incoming,
    sid,
    requestId,
    receivedAt: now,
    rejection: reject === undefined ? null : rejectionDetails(reject),
    fate: plan?.fate ?? null,
    failCode: plan?.failCode ?? null,
    ruleId: rule?.id ?? null,
  });
  return { message, plan };
}

async function send(request: SimRequest, response: ServerResponse, state: SimState): Promise<void> {
  const { whatsapp } = state;
  const [requestId = ''] = newHexIds(1);
  request.record.body = summariseSendBody(request.record.body);
  let body: SendBody;
  try {
    body = admit(request, state);
  } catch (error) {
    if (!(error instanceof RestError)) throw error;
    if (error.status === 429) whatsapp.tallies.rateLimited++;
    else whatsapp.tallies.refused++;
    return sendWhatsAppError(response, error, requestId, state.variants);
  }
  const fault = whatsapp.faults.take();
  if (fault) request.record.fault = `whatsappSendFault ${JSON.stringify(fault)}`;
  if (fault && !fault.accepted && (await answerFault(fault.fault, request, response, state, 'json')) === 'answered')
    return;

  whatsapp.tallies.accepted++;
  const now = Date.now();
  const incoming = flattenMessages(body);
  const sids = whatsapp.newSids(incoming.length, state.variants.whatsappSidFormat);
  const accepted: { message: StoredMessage; plan: MessagePlan }[] = [];
  const results: MessageResult[] = incoming.map((one, index) => {
    const { message, plan } = acceptOne(state, one, sids[index] ?? '', requestId, now);
    if (plan) accepted.push({ message, plan });
    return { sid: message.sid, rejection: message.rejection };
  });
  scheduleDlrs(state, accepted, now);
  if (fault?.accepted && (await answerFault(fault.fault, request, response, state, 'json')) === 'answered') return;
  const answer = sendAnswer(requestId, results, state.variants);
  sendJson(response, answer.status, answer.body);
}

export function whatsappRoutes(state: SimState): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/v2\/accounts\/(?<accountSid>[^/]+)\/messages$/,
      handler: (request, response) => send(request, response, state),
    },
  ];
}

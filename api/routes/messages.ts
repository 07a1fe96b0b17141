// /v1/messages: one template message to one contact (an appointment reminder, a follow-up), and
// its status timeline.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { Env } from '../../config/env.js';
import type { CreditLedger } from '../../credits/ledger.js';
import type { CreditRates } from '../../domain/credits.js';
import { refusalMessage } from '../../domain/single-message.js';
import type { Db } from '../../lib/db.js';
import type { Logger } from '../../lib/logger.js';
import {
  acceptMessage,
  findMessage,
  IdempotencyConflictError,
  MessageCreditsError,
  MessageRefusedError,
} from '../../messages/accept-message.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { createMessageBody, idempotencyKeyHeader, messageIdParam } from '../message-schemas.js';
import { toCredits } from '../../domain/credits.js';

export interface MessageRoutesDeps {
  db: Db;
  ledger: CreditLedger;
  rates: CreditRates;
  temporal: Client;
  logger: Logger;
  env: Pick<Env, 'WHATSAPP_SENDING_NUMBER' | 'TEMPORAL_TASK_QUEUE'>;
}

export function messageRoutes(deps: MessageRoutesDeps): Router {
  const router = Router();
  const accepting = {
    pool: deps.db.pool,
    ledger: deps.ledger,
    rates: deps.rates,
    temporal: deps.temporal,
    logger: deps.logger,
    sendingNumber: deps.env.WHATSAPP_SENDING_NUMBER,
    taskQueue: deps.env.TEMPORAL_TASK_QUEUE,
  };

  router.post('/v1/messages', async (req, res) => {
    const header = req.header('idempotency-key');
    const idempotencyKey =
      header === undefined ? undefined : parseOrThrow(idempotencyKeyHeader, header, 'Idempotency-Key header');
    const body = parseOrThrow(createMessageBody, req.body);
    const { message, created } = await acceptMessage(accepting, body, { idempotencyKey, source: 'api' }).catch(
      (error: unknown) => {
        throw asApiError(error);
      },
    );
    res.status(created ? 202 : 200).json(message);
  });

  router.get('/v1/messages/:id', async (req, res) => {
    const { id } = parseOrThrow(messageIdParam, req.params, 'path');
    const message = await findMessage(deps.db.pool, id);
    if (!message) throw new ApiError(404, 'not_found', 'No such message');
    res.json(message);
  });

  return router;
}

function asApiError(error: unknown): unknown {
  if (error instanceof IdempotencyConflictError)
    return new ApiError(
      409,
      'idempotency_key_reused',
      error.message,
      error.fields.map((field) => ({
        field,
        message: 'differs from the request first sent with this Idempotency-Key',
      })),
    );
  if (error instanceof MessageCreditsError)
    return new ApiError(
      402,
      'insufficient_credits',
      `Not enough credits for the message: ${toCredits(error.available)} available, ${toCredits(error.needed)} needed. Top up (POST /v1/credits/top-ups) and retry.`,
    );
  if (!(error instanceof MessageRefusedError)) return error;
  switch (error.reason) {
    case 'contact_not_found':
      return new ApiError(422, 'contact_not_found', 'No such contact', [
        { field: 'contactId', message: 'no such contact' },
      ]);
    case 'no_sending_number':
      return new ApiError(
        409,
        'no_sending_number',
        'No WhatsApp sending number is configured (WHATSAPP_SENDING_NUMBER)',
      );
    default: {
      const field =
        error.reason.startsWith('template') || error.reason.endsWith('parameter') ? 'templateId' : 'contactId';
      return new ApiError(422, error.reason, `Message refused: ${refusalMessage(error.reason)}`, [
        {
          field: error.reason.endsWith('parameter') || error.reason === 'template_mismatch' ? 'params' : field,
          message: refusalMessage(error.reason),
        },
      ]);
    }
  }
}

// The row types plain SQL is typed with (generated/db-rows.ts, from prisma/schema.prisma) say
// what the code assumes of the schema and of node-postgres. These assertions are type-checked by
// vitest (`typecheck` in vitest.config.ts), so a schema change that breaks one fails here by name.
import { describe, expectTypeOf, it } from 'vitest';
import type { ConsentPurpose } from '../../domain/consent.js';
import type { Narrow, Row, Tables } from '../../lib/db.js';

describe('SQL row types', () => {
  it('name columns as the database does, typed from the schema', () => {
    expectTypeOf<Row<'calls', 'status'>>().toEqualTypeOf<{ status: string }>();
    expectTypeOf<Row<'calls', 'exotel_call_sid' | 'state_version'>>().toEqualTypeOf<{
      exotel_call_sid: string | null;
      state_version: number;
    }>();
    expectTypeOf<Row<'contacts', 'tags' | 'erased_at'>>().toEqualTypeOf<{ tags: string[]; erased_at: Date | null }>();
    // @ts-expect-error Prisma's field name, not the column's
    expectTypeOf<Row<'calls', 'workflowId'>>();
  });

  it('type values as node-postgres returns them: int8 and numeric as strings, jsonb unknown', () => {
    expectTypeOf<Row<'calls', 'credits_used' | 'recording_bytes'>>().toEqualTypeOf<{
      credits_used: string | null;
      recording_bytes: string | null;
    }>();
    expectTypeOf<Row<'credit_scopes', 'limit_milli' | 'alerted_percent'>>().toEqualTypeOf<{
      limit_milli: string;
      alerted_percent: number;
    }>();
    expectTypeOf<Row<'call_events', 'id' | 'event' | 'received_at'>>().toEqualTypeOf<{
      id: string;
      event: unknown;
      received_at: Date;
    }>();
  });

  it('hold every table plain SQL reads', () => {
    expectTypeOf<
      | 'calls'
      | 'call_events'
      | 'credit_scopes'
      | 'credit_reservations'
      | 'credit_ledger'
      | 'credit_alerts'
      | 'contacts'
      | 'contact_consents'
      | 'whatsapp_templates'
      | 'message_sends'
      | 'whatsapp_events'
      | 'audit_log'
    >().toExtend<keyof Tables>();
  });

  it('narrow only columns of the row, only to what fits their schema type', () => {
    expectTypeOf<Narrow<Row<'contact_consents', 'id' | 'purpose'>, { purpose: ConsentPurpose }>>().toEqualTypeOf<{
      id: string;
      purpose: ConsentPurpose;
    }>();
    // @ts-expect-error status is text, not a number
    expectTypeOf<Narrow<Row<'calls', 'status'>, { status: number }>>();
    // @ts-expect-error not a column the row holds
    expectTypeOf<Narrow<Row<'calls', 'status'>, { state: string }>>();
  });
});

// Everything the simulator knows about WhatsApp: scripts, send faults, the message ledger, the send limit,
// the callback sender, the account-level URLs, and the counts behind /_sim/whatsapp/stats.
import { newWhatsAppSids } from './ids.js';
import type { Timers } from './timers.js';
import { WhatsAppCallbackSender, type CallbackCounts } from './whatsapp-callbacks.js';
import { SendFaultQueue } from './whatsapp-faults.js';
import { MessageLedger, type DuplicatePair, type LedgerCounts } from './whatsapp-ledger.js';
import { TokenBucket } from './whatsapp-rate-limit.js';
import { WhatsAppScriptBook } from './whatsapp-scripts.js';
import type { Variants } from './variants.js';

/** Set per account at onboarding, not per request; start options or the control API set them here. */
export interface WhatsAppAccountUrls {
  /** Where incoming messages (and scripted replies) are posted. */
  inboundUrl: string | null;
  /** Where DLRs go for messages that name no status_callback. */
  defaultStatusCallback: string | null;
}

export interface WhatsAppStats extends LedgerCounts {
  sampleDuplicates: DuplicatePair[];
  requests: { accepted: number; refused: number; rateLimited: number };
  dlr: CallbackCounts & {
    /** DLRs the playouts contain, copies included. */
    planned: number;
    dropped: number;
    /** Due, but neither the message nor the account named a status callback. */
    unrouted: number;
    /** Planned, not dropped or unrouted, not yet delivered or given up on. */
    pending: number;
  };
  inbound: CallbackCounts & { unrouted: number };
}

const zeroTallies = () => ({
  accepted: 0,
  refused: 0,
  rateLimited: 0,
  dlrPlanned: 0,
  dlrDropped: 0,
  dlrUnrouted: 0,
  inboundUnrouted: 0,
});

export class WhatsAppState {
  readonly scripts = new WhatsAppScriptBook();
  readonly ledger = new MessageLedger();
  readonly bucket = new TokenBucket();
  readonly faults = new SendFaultQueue();
  readonly sender: WhatsAppCallbackSender;
  tallies = zeroTallies();
  urls: WhatsAppAccountUrls;
  /** Message sids issued since the last reset (the `exotel` sid format takes turns by it). */
  private sidsIssued = 0;

  constructor(
    deps: { timers: Timers; variants: () => Variants },
    private readonly initialUrls: WhatsAppAccountUrls,
  ) {
    this.sender = new WhatsAppCallbackSender(deps);
    this.urls = { ...initialUrls };
  }

  /** `count` new message sids in the format the variant picks. */
  newSids(count: number, format: Variants['whatsappSidFormat']): string[] {
    const sids = newWhatsAppSids(count, format, this.sidsIssued);
    this.sidsIssued += count;
    return sids;
  }

  stats(): WhatsAppStats {
    const { dlr, incoming_message: inbound } = this.sender.counts;
    const t = this.tallies;
    return {
      ...this.ledger.counted(),
      sampleDuplicates: this.ledger.duplicateSample(20),
      requests: { accepted: t.accepted, refused: t.refused, rateLimited: t.rateLimited },
      dlr: {
        planned: t.dlrPlanned,
        dropped: t.dlrDropped,
        unrouted: t.dlrUnrouted,
        ...dlr,
        pending: t.dlrPlanned - t.dlrDropped - t.dlrUnrouted - dlr.delivered - dlr.failed,
      },
      inbound: { ...inbound, unrouted: t.inboundUnrouted },
    };
  }

  /** Call after the shared timers are cancelled: forgets everything, restores start-up URLs. */
  reset(): void {
    for (const part of [this.scripts, this.ledger, this.bucket, this.faults]) part.clear();
    this.sender.reset();
    this.tallies = zeroTallies();
    this.urls = { ...this.initialUrls };
    this.sidsIssued = 0;
  }

  close(): Promise<void> {
    return this.sender.close();
  }
}

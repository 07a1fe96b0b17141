// A WhatsApp delivery report as Exotel POSTs it (one item per POST unless it batches), for tests
// that play Exotel themselves.

export interface ReportItem {
  sid: string;
  to: string;
  /** 30001 sent, 30002 delivered, 30003 read; failures have their own codes. */
  code: number;
  /** Our send ID, echoed back as custom_data. */
  customData?: string;
  detailedStatus?: string;
}

/** POSTs one delivery report to `url` (the deployment's WhatsApp webhook URL, token included). */
export function postReport(url: string, item: ReportItem): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      whatsapp: {
        messages: [
          {
            callback_type: 'dlr',
            sid: item.sid,
            to: item.to,
            exo_status_code: item.code,
            ...(item.detailedStatus ? { exo_detailed_status: item.detailedStatus } : {}),
            timestamp: new Date().toISOString(),
            ...(item.customData ? { custom_data: item.customData } : {}),
          },
        ],
      },
    }),
  });
}

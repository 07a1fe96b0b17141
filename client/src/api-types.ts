// Generated from the API’s OpenAPI document by scripts/generate-console-api.ts (openapi-typescript).
// Do not edit: run `npm run generate:console-api` after changing an API schema.
export interface paths {
  '/codec/decode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decrypt payloads from a Temporal history (payloads never encrypted come back as they are)
     * @description Temporal's Codec Server protocol: the Web UI (with its Codec Server setting and "Include cross-origin credentials") and `temporal workflow show --codec-endpoint <API>/codec --codec-auth 'Bearer <admin key>'` call it. Browsers from the origins in CODEC_CORS_ORIGINS may call it with the console's session cookie; preflight (OPTIONS) is answered for them.
     *
     *     Roles: admin.
     *
     *     Roles: admin.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The Temporal namespace the payloads come from (the Web UI sends it); must be TEMPORAL_NAMESPACE */
          'X-Namespace'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            payloads: {
              /** @description The payload bytes, base64 */
              data?: string | null;
              /** @description Metadata entries (such as encoding), each value base64 */
              metadata?: {
                [key: string]: string;
              } | null;
            }[];
          };
        };
      };
      responses: {
        /** @description The payloads, decrypted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              payloads: {
                /** @description The payload bytes, base64 */
                data?: string | null;
                /** @description Metadata entries (such as encoding), each value base64 */
                metadata?: {
                  [key: string]: string;
                } | null;
              }[];
            };
          };
        };
        /** @description Invalid body, a namespace this codec does not serve (X-Namespace), or a payload that cannot be decrypted (unknown key ID, altered): `error.fields` names the payload */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key (unauthorized) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/codec/encode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Encrypt payloads with the active payload key, as workers and clients do
     * @description Temporal's Codec Server protocol: the Web UI (with its Codec Server setting and "Include cross-origin credentials") and `temporal workflow show --codec-endpoint <API>/codec --codec-auth 'Bearer <admin key>'` call it. Browsers from the origins in CODEC_CORS_ORIGINS may call it with the console's session cookie; preflight (OPTIONS) is answered for them.
     *
     *     Roles: admin.
     *
     *     Roles: admin.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description The Temporal namespace the payloads come from (the Web UI sends it); must be TEMPORAL_NAMESPACE */
          'X-Namespace'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            payloads: {
              /** @description The payload bytes, base64 */
              data?: string | null;
              /** @description Metadata entries (such as encoding), each value base64 */
              metadata?: {
                [key: string]: string;
              } | null;
            }[];
          };
        };
      };
      responses: {
        /** @description The payloads, encrypted (encoding binary/encrypted, the key ID in metadata) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              payloads: {
                /** @description The payload bytes, base64 */
                data?: string | null;
                /** @description Metadata entries (such as encoding), each value base64 */
                metadata?: {
                  [key: string]: string;
                } | null;
              }[];
            };
          };
        };
        /** @description Invalid body, a namespace this codec does not serve (X-Namespace), or a payload that cannot be decrypted (unknown key ID, altered): `error.fields` names the payload */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key (unauthorized) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** PostgreSQL and Temporal reachability */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Healthy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A dependency is down */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics: webhook acknowledgement latency, inbox, report and event delivery backlogs, relay lag, messages sent per second per number and the cap, the credit balance, and this API process's Node metrics
     * @description Scrape it with a viewer key (`authorization: Bearer …`). Figures read from PostgreSQL are the same on every API process; `exoflow_webhook_*` and `exoflow_api_*` are per process. The worker exports the Temporal SDK metrics on TEMPORAL_METRICS_BIND_ADDRESS.
     *
     *     Roles: admin or viewer.
     *
     *     Roles: admin or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Prometheus text exposition format 0.0.4 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description Missing or unknown API key (unauthorized) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The database figures could not be read */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The OpenAPI document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': Record<string, never>;
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/browser-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A short-lived browser token for one agent: the CRM's backend asks for it and hands it to the agent's page, which starts and follows that agent's calls with it
     * @description Roles: admin or agent.
     *
     *     Roles: admin or agent.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description The one agent whose calls the token may start (as agentNumber) and read
             * @example +919876543210
             */
            agentNumber: string;
            /** @description Lifetime in seconds; default and upper bound BROWSER_TOKEN_TTL_SEC (300) */
            ttlSeconds?: number;
          };
        };
      };
      responses: {
        /** @description The token (not stored: ask again when it expires) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description E.164 */
              agentNumber: string;
              /** Format: date-time */
              expiresAt: string;
              scopes: ('calls:start' | 'calls:read')[];
              /** @description Send as `Authorization: Bearer <token>` from the browser */
              token: string;
              /** @enum {string} */
              tokenType: 'Bearer';
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List recent calls, optionally by tracking ID
     * @description Roles: admin or agent or viewer or privacy.
     */
    get: {
      parameters: {
        query?: {
          agent?: string;
          cursor?: string;
          customer?: string;
          from?: string;
          limit?: number;
          status?: string;
          to?: string;
          trackingId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Calls, newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              calls: {
                agentNumber: string;
                /** Format: date-time */
                answeredAt: string | null;
                callerId: string;
                conversationDurationSec: number | null;
                /** Format: date-time */
                createdAt: string;
                /** @description Credits charged once the call ended (started minutes per leg) */
                creditsUsed: number | null;
                customerNumber: string;
                /** Format: date-time */
                endedAt: string | null;
                exotelCallSid: string | null;
                failureReason: string | null;
                /** @description The follow-up message the request named and what became of it; null without one */
                followUp: {
                  /**
                   * Format: uuid
                   * @description queued: the message it sent (GET /v1/messages/{id})
                   */
                  messageId: string | null;
                  on: string[];
                  params: unknown;
                  /** @description skipped: why (opted_out, no_consent, no_contact, ...) */
                  reason: string | null;
                  /** @enum {string} */
                  status: 'pending' | 'queued' | 'skipped' | 'not_needed';
                  /** Format: uuid */
                  templateId: string;
                } | null;
                /** Format: uuid */
                id: string;
                legs: {
                  onCallDurationSec: number | null;
                  /** @enum {string} */
                  party: 'agent' | 'customer';
                  status: string | null;
                }[];
                record: boolean;
                /** @description Our archive of the call's recording; null for calls made without recording */
                recording: {
                  /** Format: date-time */
                  archivedAt: string | null;
                  bytes: number | null;
                  /** Format: date-time */
                  deletedAt: string | null;
                  /** @enum {string|null} */
                  deletionReason: 'retention' | 'erasure' | null;
                  /** @description Why archiving failed, e.g. RecordingSourceRefusedError for a URL outside RECORDING_ALLOWED_HOSTS */
                  error: {
                    message: string;
                    type: string;
                  } | null;
                  /** @description Object key in the recordings bucket */
                  key: string | null;
                  /** @description Hex SHA-256 of the bytes received from Exotel */
                  sha256: string | null;
                  /**
                   * @description pending: not archived yet (Exotel publishes recordings minutes after the call); none: no conversation, nothing recorded; archived: in our bucket (GET /v1/calls/{id}/recording plays it); failed: archiving failed for good (see error); deleted: removed by retention or erasure (key, sha256 and bytes say what was deleted)
                   * @enum {string}
                   */
                  status: 'pending' | 'none' | 'archived' | 'failed' | 'deleted';
                } | null;
                /** @description Exotel's own recording URL, as Exotel reported it */
                recordingUrl: string | null;
                /** Format: date-time */
                startedAt: string | null;
                /** @enum {string} */
                status:
                  | 'queued'
                  | 'dialing'
                  | 'agent-answered'
                  | 'in-progress'
                  | 'completed'
                  | 'busy'
                  | 'no-answer'
                  | 'failed'
                  | 'canceled';
                trackingId: string | null;
                /** Format: date-time */
                updatedAt: string;
                workflowId: string;
              }[];
              /** @description Pass as cursor for the next (older) page; null at the end */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Start a click-to-call (agent first, then customer)
     * @description Roles: admin or agent.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Stands for trackingId (send one, or both equal): one call per key, ever */
          'Idempotency-Key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Called first: the telecaller.
             * @example +919876543210
             */
            agentNumber: string;
            /** @description A budget (PUT /v1/credits/budgets/{id}, e.g. a team's or an agent's) the call is charged to */
            budgetId?: string;
            /**
             * @description Dialled once the agent answers.
             * @example +919876543210
             */
            customerNumber: string;
            /** @description A WhatsApp template message sent once to the customer (a contact with this number) after one of these outcomes, consent-gated and charged like POST /v1/messages */
            followUp?: {
              /** @description The call outcomes after which the message is sent */
              on: ('no-answer' | 'busy' | 'failed')[];
              /**
               * @description Where each template parameter comes from: a `value` (the same text) or a contact `field` (name, phone, attributes.<key>)
               * @default {}
               */
              params?: {
                /**
                 * @description One source per body placeholder, {{1}} first
                 * @default []
                 */
                body?: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                }[];
                /**
                 * @description The suffix of each url button ending in {{1}}, by its index in the template's buttons
                 * @default []
                 */
                buttons?: {
                  index: number;
                  suffix: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                }[];
                header?: {
                  /**
                   * Format: uri
                   * @description Replaces the media header's registered URL
                   */
                  mediaUrl?: string;
                  /** @description The text header's {{1}} */
                  text?: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                };
              };
              /** Format: uuid */
              templateId: string;
            };
            /**
             * @description Record the conversation.
             * @default false
             */
            record?: boolean;
            /**
             * @description The CRM's own ID for this call (a lead or ticket ID). One call per tracking ID, ever.
             * @example lead-42
             */
            trackingId?: string;
          };
        };
      };
      responses: {
        /** @description A call with this trackingId exists already, asked for alike: that call */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status:
                | 'queued'
                | 'dialing'
                | 'agent-answered'
                | 'in-progress'
                | 'completed'
                | 'busy'
                | 'no-answer'
                | 'failed'
                | 'canceled';
              workflowId: string;
            };
          };
        };
        /** @description Call accepted; its workflow is dialling */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status:
                | 'queued'
                | 'dialing'
                | 'agent-answered'
                | 'in-progress'
                | 'completed'
                | 'busy'
                | 'no-answer'
                | 'failed'
                | 'canceled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The balance cannot cover one minute on both legs (insufficient_credits); nothing written */
        402: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description idempotency_conflict: this trackingId (or Idempotency-Key) was used for a different call; `error.fields` names what differs; nothing written */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The followUp's template is not approved (template_not_approved) or its params do not fit it (template_mismatch); nothing written */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A call's state and event log
     * @description Roles: admin or agent or viewer or privacy.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The call */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentNumber: string;
              /** Format: date-time */
              answeredAt: string | null;
              callerId: string;
              conversationDurationSec: number | null;
              /** Format: date-time */
              createdAt: string;
              /** @description Credits charged once the call ended (started minutes per leg) */
              creditsUsed: number | null;
              customerNumber: string;
              /** Format: date-time */
              endedAt: string | null;
              events: {
                /** @enum {string} */
                delivery: 'pending' | 'delivered' | 'unmatched';
                eventType: string | null;
                /** Format: date-time */
                receivedAt: string;
                /** @enum {string} */
                source: 'webhook' | 'poll';
                status: string | null;
              }[];
              exotelCallSid: string | null;
              failureReason: string | null;
              /** @description The follow-up message the request named and what became of it; null without one */
              followUp: {
                /**
                 * Format: uuid
                 * @description queued: the message it sent (GET /v1/messages/{id})
                 */
                messageId: string | null;
                on: string[];
                params: unknown;
                /** @description skipped: why (opted_out, no_consent, no_contact, ...) */
                reason: string | null;
                /** @enum {string} */
                status: 'pending' | 'queued' | 'skipped' | 'not_needed';
                /** Format: uuid */
                templateId: string;
              } | null;
              /** Format: uuid */
              id: string;
              legs: {
                onCallDurationSec: number | null;
                /** @enum {string} */
                party: 'agent' | 'customer';
                status: string | null;
              }[];
              record: boolean;
              /** @description Our archive of the call's recording; null for calls made without recording */
              recording: {
                /** Format: date-time */
                archivedAt: string | null;
                bytes: number | null;
                /** Format: date-time */
                deletedAt: string | null;
                /** @enum {string|null} */
                deletionReason: 'retention' | 'erasure' | null;
                /** @description Why archiving failed, e.g. RecordingSourceRefusedError for a URL outside RECORDING_ALLOWED_HOSTS */
                error: {
                  message: string;
                  type: string;
                } | null;
                /** @description Object key in the recordings bucket */
                key: string | null;
                /** @description Hex SHA-256 of the bytes received from Exotel */
                sha256: string | null;
                /**
                 * @description pending: not archived yet (Exotel publishes recordings minutes after the call); none: no conversation, nothing recorded; archived: in our bucket (GET /v1/calls/{id}/recording plays it); failed: archiving failed for good (see error); deleted: removed by retention or erasure (key, sha256 and bytes say what was deleted)
                 * @enum {string}
                 */
                status: 'pending' | 'none' | 'archived' | 'failed' | 'deleted';
              } | null;
              /** @description Exotel's own recording URL, as Exotel reported it */
              recordingUrl: string | null;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status:
                | 'queued'
                | 'dialing'
                | 'agent-answered'
                | 'in-progress'
                | 'completed'
                | 'busy'
                | 'no-answer'
                | 'failed'
                | 'canceled';
              /** @description Its workflow run in the Temporal Web UI (TEMPORAL_UI_URL); null when that is not set */
              temporalUrl: string | null;
              trackingId: string | null;
              /** Format: date-time */
              updatedAt: string;
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such call */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live view: server-sent `state` events with the workflow's view of the call, until it ends
     * @description Roles: admin or agent or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/event-stream: `event: state` events whose `data` is the workflow's view of the call (JSON) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': {
              /** @description The workflow's callState query answer, as JSON */
              data: string;
              /** @enum {string} */
              event: 'state';
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such call */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls/{id}/recording': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Play the call's archived recording: a redirect to a short-lived presigned URL (RECORDING_URL_TTL_SEC)
     * @description Roles: admin or agent.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Location: the presigned URL (the body repeats it with its expiry). The bucket itself is private. */
        302: {
          headers: {
            Location?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              expiresAt: string;
              /** @description The same short-lived presigned URL as the Location header */
              url: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such call, or no recording to play; the code says why: not_recorded, recording_pending, no_recording, recording_failed, recording_deleted */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /**
     * Erase the call's recording (DPDPA): the call log records the deletion, the object is deleted, the audit log says who asked
     * @description Roles: admin or privacy.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Erased (also when it already was: the first deletion is kept) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The call log already recorded a deletion (its time and reason are kept) */
              alreadyDeleted: boolean;
              /** Format: uuid */
              callId: string;
              /** Format: date-time */
              deletedAt: string;
              /** @enum {string} */
              deletionReason: 'retention' | 'erasure';
              /** @description An archived object was there and has been deleted now */
              objectDeleted: boolean;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such call, or the call was made without recording (not_recorded) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The store did not answer: the deletion is recorded; repeat the request */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recent campaigns with their funnels
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          status?: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Campaigns, newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              campaigns: {
                /** Format: date-time */
                createdAt: string;
                definition: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                finishedAt: string | null;
                funnel: {
                  /** @description Recipients with a decision so far; equals targeted when the step is done */
                  decided: number;
                  delivered: number;
                  /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                  failed: {
                    [key: string]: number;
                  };
                  /** @description Answer lost; waiting for a delivery report */
                  pending: number;
                  read: number;
                  replied: number;
                  sent: number;
                  /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                  skipped: {
                    [key: string]: number;
                  };
                  /** @description 1-based */
                  step: number;
                  targeted: number;
                  /** @description Answer lost and no report came: never resent */
                  unknown: number;
                }[];
                /** Format: uuid */
                id: string;
                name: string;
                /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
                pauseReason: string | null;
                /** @description The workflow's own progress (GET one campaign) */
                progress?: {
                  [key: string]: unknown;
                } | null;
                recipientCount: number | null;
                sendingNumber: string;
                /** Format: date-time */
                startedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
                workflowId: string;
              }[];
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create a campaign (validated against its templates; starts as a draft)
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            audience: {
              attributes?: {
                [key: string]: string;
              };
              contactIds?: string[];
              tags?: string[];
            };
            /** @description Credits the campaign may use; it pauses with budget_exhausted when they run out */
            budget?: {
              credits: number;
            };
            /** @default {} */
            limits?: {
              /** @default {} */
              errorSpike?: {
                /** @default 0.2 */
                maxFailureRate?: number;
                /** @default 200 */
                window?: number;
              };
              /** @description Marketing messages one contact may get from all campaigns in 24 hours / 7 days (0: no cap); default WHATSAPP_FREQUENCY_CAP_PER_DAY / _PER_WEEK */
              frequencyCap?: {
                perDay?: number;
                perWeek?: number;
              };
              /** @description This campaign's own cap, under the number's */
              messagesPerSecond?: number;
            };
            name: string;
            /** @default {} */
            schedule?: {
              /**
               * Format: date-time
               * @description Start then (default: when started)
               */
              startAt?: string;
              /**
               * @description Allowed hours; null sends at any hour
               * @default {
               *       "start": "09:00",
               *       "end": "21:00",
               *       "timezone": "Asia/Kolkata"
               *     }
               */
              window?: {
                end: string;
                start: string;
                timezone: string;
              } | null;
            };
            /**
             * @description Your WhatsApp business number; defaults to WHATSAPP_SENDING_NUMBER
             * @example +919876543210
             */
            sendingNumber?: string;
            steps: {
              /**
               * @description Who gets this step, judged per recipient on the previous step: always, not_delivered, not_read, not_replied
               * @default always
               * @enum {string}
               */
              condition?: 'always' | 'not_delivered' | 'not_read' | 'not_replied';
              /**
               * @description Wait after the previous step finished sending (ignored for the first step)
               * @default 0
               */
              delayMinutes?: number;
              params: {
                /**
                 * @description One source per body placeholder, {{1}} first
                 * @default []
                 */
                body?: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                }[];
                /**
                 * @description The suffix of each url button ending in {{1}}, by its index in the template's buttons
                 * @default []
                 */
                buttons?: {
                  index: number;
                  suffix: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                }[];
                header?: {
                  /**
                   * Format: uri
                   * @description Replaces the media header's registered URL
                   */
                  mediaUrl?: string;
                  /** @description The text header's {{1}} */
                  text?: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                };
              };
              /** Format: uuid */
              templateId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description The campaign */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              definition: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              finishedAt: string | null;
              funnel: {
                /** @description Recipients with a decision so far; equals targeted when the step is done */
                decided: number;
                delivered: number;
                /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                failed: {
                  [key: string]: number;
                };
                /** @description Answer lost; waiting for a delivery report */
                pending: number;
                read: number;
                replied: number;
                sent: number;
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                skipped: {
                  [key: string]: number;
                };
                /** @description 1-based */
                step: number;
                targeted: number;
                /** @description Answer lost and no report came: never resent */
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              name: string;
              /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
              pauseReason: string | null;
              /** @description The workflow's own progress (GET one campaign) */
              progress?: {
                [key: string]: unknown;
              } | null;
              recipientCount: number | null;
              sendingNumber: string;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A campaign: state, pause reason, funnel per step, and its workflow's progress
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The campaign */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              definition: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              finishedAt: string | null;
              funnel: {
                /** @description Recipients with a decision so far; equals targeted when the step is done */
                decided: number;
                delivered: number;
                /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                failed: {
                  [key: string]: number;
                };
                /** @description Answer lost; waiting for a delivery report */
                pending: number;
                read: number;
                replied: number;
                sent: number;
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                skipped: {
                  [key: string]: number;
                };
                /** @description 1-based */
                step: number;
                targeted: number;
                /** @description Answer lost and no report came: never resent */
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              name: string;
              /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
              pauseReason: string | null;
              /** @description The workflow's own progress (GET one campaign) */
              progress?: {
                [key: string]: unknown;
              } | null;
              recipientCount: number | null;
              sendingNumber: string;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    /**
     * Replace a draft's definition (checked as create checks it); only until it is started
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            audience: {
              attributes?: {
                [key: string]: string;
              };
              contactIds?: string[];
              tags?: string[];
            };
            /** @description Credits the campaign may use; it pauses with budget_exhausted when they run out */
            budget?: {
              credits: number;
            };
            /** @default {} */
            limits?: {
              /** @default {} */
              errorSpike?: {
                /** @default 0.2 */
                maxFailureRate?: number;
                /** @default 200 */
                window?: number;
              };
              /** @description Marketing messages one contact may get from all campaigns in 24 hours / 7 days (0: no cap); default WHATSAPP_FREQUENCY_CAP_PER_DAY / _PER_WEEK */
              frequencyCap?: {
                perDay?: number;
                perWeek?: number;
              };
              /** @description This campaign's own cap, under the number's */
              messagesPerSecond?: number;
            };
            name: string;
            /** @default {} */
            schedule?: {
              /**
               * Format: date-time
               * @description Start then (default: when started)
               */
              startAt?: string;
              /**
               * @description Allowed hours; null sends at any hour
               * @default {
               *       "start": "09:00",
               *       "end": "21:00",
               *       "timezone": "Asia/Kolkata"
               *     }
               */
              window?: {
                end: string;
                start: string;
                timezone: string;
              } | null;
            };
            /**
             * @description Your WhatsApp business number; defaults to WHATSAPP_SENDING_NUMBER
             * @example +919876543210
             */
            sendingNumber?: string;
            steps: {
              /**
               * @description Who gets this step, judged per recipient on the previous step: always, not_delivered, not_read, not_replied
               * @default always
               * @enum {string}
               */
              condition?: 'always' | 'not_delivered' | 'not_read' | 'not_replied';
              /**
               * @description Wait after the previous step finished sending (ignored for the first step)
               * @default 0
               */
              delayMinutes?: number;
              params: {
                /**
                 * @description One source per body placeholder, {{1}} first
                 * @default []
                 */
                body?: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                }[];
                /**
                 * @description The suffix of each url button ending in {{1}}, by its index in the template's buttons
                 * @default []
                 */
                buttons?: {
                  index: number;
                  suffix: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                }[];
                header?: {
                  /**
                   * Format: uri
                   * @description Replaces the media header's registered URL
                   */
                  mediaUrl?: string;
                  /** @description The text header's {{1}} */
                  text?: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                };
              };
              /** Format: uuid */
              templateId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description The draft as changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              definition: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              finishedAt: string | null;
              funnel: {
                /** @description Recipients with a decision so far; equals targeted when the step is done */
                decided: number;
                delivered: number;
                /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                failed: {
                  [key: string]: number;
                };
                /** @description Answer lost; waiting for a delivery report */
                pending: number;
                read: number;
                replied: number;
                sent: number;
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                skipped: {
                  [key: string]: number;
                };
                /** @description 1-based */
                step: number;
                targeted: number;
                /** @description Answer lost and no report came: never resent */
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              name: string;
              /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
              pauseReason: string | null;
              /** @description The workflow's own progress (GET one campaign) */
              progress?: {
                [key: string]: unknown;
              } | null;
              recipientCount: number | null;
              sendingNumber: string;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Not a draft any more (campaign_<status>, campaign_starting): nothing changed */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    /**
     * Delete a draft that was never started
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Not a draft any more (campaign_<status>, campaign_starting): nothing deleted */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel for good: recipients not yet sent are not sent
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The campaign after the workflow took the change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              definition: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              finishedAt: string | null;
              funnel: {
                /** @description Recipients with a decision so far; equals targeted when the step is done */
                decided: number;
                delivered: number;
                /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                failed: {
                  [key: string]: number;
                };
                /** @description Answer lost; waiting for a delivery report */
                pending: number;
                read: number;
                replied: number;
                sent: number;
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                skipped: {
                  [key: string]: number;
                };
                /** @description 1-based */
                step: number;
                targeted: number;
                /** @description Answer lost and no report came: never resent */
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              name: string;
              /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
              pauseReason: string | null;
              /** @description The workflow's own progress (GET one campaign) */
              progress?: {
                [key: string]: unknown;
              } | null;
              recipientCount: number | null;
              sendingNumber: string;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The campaign is a draft (pause/resume), completed or cancelled */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause: sending stops after the request in flight
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The campaign after the workflow took the change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              definition: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              finishedAt: string | null;
              funnel: {
                /** @description Recipients with a decision so far; equals targeted when the step is done */
                decided: number;
                delivered: number;
                /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                failed: {
                  [key: string]: number;
                };
                /** @description Answer lost; waiting for a delivery report */
                pending: number;
                read: number;
                replied: number;
                sent: number;
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                skipped: {
                  [key: string]: number;
                };
                /** @description 1-based */
                step: number;
                targeted: number;
                /** @description Answer lost and no report came: never resent */
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              name: string;
              /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
              pauseReason: string | null;
              /** @description The workflow's own progress (GET one campaign) */
              progress?: {
                [key: string]: unknown;
              } | null;
              recipientCount: number | null;
              sendingNumber: string;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The campaign is a draft (pause/resume), completed or cancelled */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audience preview of a stored campaign's definition (a dry run that writes nothing)
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The preview */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description template_not_approved or template_mismatch: the first step could not send at all */
              blocked: string | null;
              /** @description Contacts the audience selects now (erased ones left out) */
              recipients: number;
              /** @description How many the first step would send to now */
              send: number;
              /** @description How many it would skip, by reason: no_consent, opted_out, missing_parameter (no fallback), frequency_cap, ... */
              skipped: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}/recipients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recipients in audience order with the outcome of each step (skip reason, error code), paged
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: {
          cursor?: number;
          limit?: number;
        };
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of recipients */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Pass as cursor for the next page; null on the last page */
              nextCursor: string | null;
              recipients: {
                /** Format: uuid */
                contactId: string;
                name: string | null;
                /** @description Null once the contact was erased */
                phone: string | null;
                seq: number;
                /** @description The steps decided for this recipient so far */
                steps: {
                  /** @description Exotel's code when the send failed */
                  errorCode: number | null;
                  /** @enum {string} */
                  outcome: 'sent' | 'delivered' | 'read' | 'replied' | 'failed' | 'skipped' | 'pending' | 'unknown';
                  /** Format: date-time */
                  sentAt: string | null;
                  /** @enum {string|null} */
                  skipReason:
                    | 'no_consent'
                    | 'opted_out'
                    | 'erased'
                    | 'condition_not_met'
                    | 'missing_parameter'
                    | 'invalid_parameter'
                    | 'frequency_cap'
                    | null;
                  /** @description 1-based */
                  step: number;
                }[];
              }[];
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}/recipients.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every recipient as CSV: seq, contact_id, phone, name, then stepN_outcome, _skip_reason, _error_code, _sent_at
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The CSV file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume where it stopped (also after budget_exhausted or error_spike)
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The campaign after the workflow took the change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              definition: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              finishedAt: string | null;
              funnel: {
                /** @description Recipients with a decision so far; equals targeted when the step is done */
                decided: number;
                delivered: number;
                /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                failed: {
                  [key: string]: number;
                };
                /** @description Answer lost; waiting for a delivery report */
                pending: number;
                read: number;
                replied: number;
                sent: number;
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                skipped: {
                  [key: string]: number;
                };
                /** @description 1-based */
                step: number;
                targeted: number;
                /** @description Answer lost and no report came: never resent */
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              name: string;
              /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
              pauseReason: string | null;
              /** @description The workflow's own progress (GET one campaign) */
              progress?: {
                [key: string]: unknown;
              } | null;
              recipientCount: number | null;
              sendingNumber: string;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The campaign is a draft (pause/resume), completed or cancelled */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start (or schedule, with schedule.startAt) its workflow; repeating is harmless
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The campaign ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Started */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              definition: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              finishedAt: string | null;
              funnel: {
                /** @description Recipients with a decision so far; equals targeted when the step is done */
                decided: number;
                delivered: number;
                /** @description By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED) */
                failed: {
                  [key: string]: number;
                };
                /** @description Answer lost; waiting for a delivery report */
                pending: number;
                read: number;
                replied: number;
                sent: number;
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap */
                skipped: {
                  [key: string]: number;
                };
                /** @description 1-based */
                step: number;
                targeted: number;
                /** @description Answer lost and no report came: never resent */
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              name: string;
              /** @description paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected */
              pauseReason: string | null;
              /** @description The workflow's own progress (GET one campaign) */
              progress?: {
                [key: string]: unknown;
              } | null;
              recipientCount: number | null;
              sendingNumber: string;
              /** Format: date-time */
              startedAt: string | null;
              /** @enum {string} */
              status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
              workflowId: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such campaign */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The campaign was cancelled */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/campaigns/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Audience preview, a dry run that writes nothing: how many the first step would send to now, and how many it would skip by reason
     * @description The body is a campaign as POST /v1/campaigns takes it, checked the same way (400 names each field). Decided by the rule sending applies, over the audience and consent as they stand now.
     *
     *     Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            audience: {
              attributes?: {
                [key: string]: string;
              };
              contactIds?: string[];
              tags?: string[];
            };
            /** @description Credits the campaign may use; it pauses with budget_exhausted when they run out */
            budget?: {
              credits: number;
            };
            /** @default {} */
            limits?: {
              /** @default {} */
              errorSpike?: {
                /** @default 0.2 */
                maxFailureRate?: number;
                /** @default 200 */
                window?: number;
              };
              /** @description Marketing messages one contact may get from all campaigns in 24 hours / 7 days (0: no cap); default WHATSAPP_FREQUENCY_CAP_PER_DAY / _PER_WEEK */
              frequencyCap?: {
                perDay?: number;
                perWeek?: number;
              };
              /** @description This campaign's own cap, under the number's */
              messagesPerSecond?: number;
            };
            name: string;
            /** @default {} */
            schedule?: {
              /**
               * Format: date-time
               * @description Start then (default: when started)
               */
              startAt?: string;
              /**
               * @description Allowed hours; null sends at any hour
               * @default {
               *       "start": "09:00",
               *       "end": "21:00",
               *       "timezone": "Asia/Kolkata"
               *     }
               */
              window?: {
                end: string;
                start: string;
                timezone: string;
              } | null;
            };
            /**
             * @description Your WhatsApp business number; defaults to WHATSAPP_SENDING_NUMBER
             * @example +919876543210
             */
            sendingNumber?: string;
            steps: {
              /**
               * @description Who gets this step, judged per recipient on the previous step: always, not_delivered, not_read, not_replied
               * @default always
               * @enum {string}
               */
              condition?: 'always' | 'not_delivered' | 'not_read' | 'not_replied';
              /**
               * @description Wait after the previous step finished sending (ignored for the first step)
               * @default 0
               */
              delayMinutes?: number;
              params: {
                /**
                 * @description One source per body placeholder, {{1}} first
                 * @default []
                 */
                body?: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                }[];
                /**
                 * @description The suffix of each url button ending in {{1}}, by its index in the template's buttons
                 * @default []
                 */
                buttons?: {
                  index: number;
                  suffix: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                }[];
                header?: {
                  /**
                   * Format: uri
                   * @description Replaces the media header's registered URL
                   */
                  mediaUrl?: string;
                  /** @description The text header's {{1}} */
                  text?: {
                    /**
                     * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                     * @example there
                     */
                    fallback?: string;
                    /**
                     * @description The contact's name, phone or an attribute
                     * @example attributes.city
                     */
                    field?: string;
                    /** @description The same text for every contact */
                    value?: string;
                  };
                };
              };
              /** Format: uuid */
              templateId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description The preview */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description template_not_approved or template_mismatch: the first step could not send at all */
              blocked: string | null;
              /** @description Contacts the audience selects now (erased ones left out) */
              recipients: number;
              /** @description How many the first step would send to now */
              send: number;
              /** @description How many it would skip, by reason: no_consent, opted_out, missing_parameter (no fallback), frequency_cap, ... */
              skipped: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List or search contacts (not erased) by name, number or tag
     * @description Roles: admin or marketer or viewer or privacy.
     *
     *     Roles: admin or marketer or viewer or privacy.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          phone?: string;
          q?: string;
          tag?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of contacts; pass nextCursor as cursor for the next */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contacts: {
                attributes: {
                  [key: string]: unknown;
                };
                /** @description Whether a marketing / utility-or-authentication template may be sent now */
                canMessage: {
                  marketing: boolean;
                  transactional: boolean;
                };
                /** @description The newest entry per purpose */
                consent: {
                  marketing: {
                    /** Format: date-time */
                    recordedAt: string | null;
                    /** @enum {string|null} */
                    source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                    /** @enum {string} */
                    status: 'opted_in' | 'opted_out' | 'none';
                  };
                  transactional: {
                    /** Format: date-time */
                    recordedAt: string | null;
                    /** @enum {string|null} */
                    source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                    /** @enum {string} */
                    status: 'opted_in' | 'opted_out' | 'none';
                  };
                };
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                erasedAt: string | null;
                /** Format: uuid */
                id: string;
                name: string | null;
                /** @description E.164, or erased:<id> after erasure */
                phone: string;
                tags: string[];
                /** Format: date-time */
                updatedAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create a contact, or update the one with this number (upsert by phone)
     * @description The number is normalised to E.164. A known number is updated: name replaced if given, tags added, attributes merged. An optional consent entry is recorded in the same transaction (an opt-in needs evidence; for a number on the suppression list, an evidenceAt after its suppression).
     *
     *     Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Merged into the contact's own (a key given replaces that key); templates read them as attributes.<key>
             * @example {
             *       "city": "Pune",
             *       "orderId": "A-1042"
             *     }
             */
            attributes?: {
              [key: string]: string | number | boolean;
            };
            /** @description A consent entry recorded with the contact */
            consent?: {
              /** @enum {string} */
              action: 'opt_in' | 'opt_out';
              /**
               * @description What the person was shown or said, where and when (required for an opt-in)
               * @example Web form /offers, checkbox "Send me offers on WhatsApp", 2026-11-20 10:42 IST
               */
              evidence?: string;
              /**
               * Format: date-time
               * @description When the person gave this consent. Required to opt in a number on the suppression list (it opted out or was erased): it must be after that date
               * @example 2026-11-20T10:42:00+05:30
               */
              evidenceAt?: string;
              /**
               * @description marketing (offers) or transactional (utility and authentication templates)
               * @enum {string}
               */
              purpose: 'marketing' | 'transactional';
              /**
               * @description Where the consent was given (inbound_keyword is the person's own STOP/START, recorded by the webhook)
               * @default api
               * @enum {string}
               */
              source?: 'web_form' | 'import' | 'api';
            };
            name?: string;
            /**
             * @description E.164 (+919876543210) or an Indian national form (9876543210); stored as E.164
             * @example +919876543210
             */
            phone: string;
            /** @description Added to the contact's tags (never removed by an upsert) */
            tags?: string[];
          };
        };
      };
      responses: {
        /** @description A contact had this number: updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              /** @description Whether a marketing / utility-or-authentication template may be sent now */
              canMessage: {
                marketing: boolean;
                transactional: boolean;
              };
              /** @description The newest entry per purpose */
              consent: {
                marketing: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
                transactional: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              erasedAt: string | null;
              /** Format: uuid */
              id: string;
              name: string | null;
              /** @description E.164, or erased:<id> after erasure */
              phone: string;
              tags: string[];
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              /** @description Whether a marketing / utility-or-authentication template may be sent now */
              canMessage: {
                marketing: boolean;
                transactional: boolean;
              };
              /** @description The newest entry per purpose */
              consent: {
                marketing: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
                transactional: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              erasedAt: string | null;
              /** Format: uuid */
              id: string;
              name: string | null;
              /** @description E.164, or erased:<id> after erasure */
              phone: string;
              tags: string[];
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description number_suppressed: the number opted out or was erased; nothing was written */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A contact with its current consent per purpose
     * @description Roles: admin or marketer or viewer or privacy.
     *
     *     Roles: admin or marketer or viewer or privacy.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The contact ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The contact */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              /** @description Whether a marketing / utility-or-authentication template may be sent now */
              canMessage: {
                marketing: boolean;
                transactional: boolean;
              };
              /** @description The newest entry per purpose */
              consent: {
                marketing: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
                transactional: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              erasedAt: string | null;
              /** Format: uuid */
              id: string;
              name: string | null;
              /** @description E.164, or erased:<id> after erasure */
              phone: string;
              tags: string[];
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such contact */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /**
     * Erase a contact (DPDPA): personal data removed, counts kept, audited
     * @description The number becomes erased:<id>; name, tags and attributes are cleared; consent evidence becomes [erased]; message sends, WhatsApp reports and the event log lose the number; calls to the number lose it too, with their callback bodies and recordings. The number goes on the suppression list: importing it again creates a new contact that no list can opt in, only the person's own new opt-in. Erasing twice changes nothing (and finishes deleting recordings a store outage left).
     *
     *     Roles: admin or privacy.
     *
     *     Roles: admin or privacy.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The contact ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Erased (or erased already) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alreadyErased: boolean;
              /** @description Calls to the number whose customerNumber became erased:<id>, with their events' bodies */
              callsRedacted: number;
              /** @description Consent entries whose evidence became [erased] */
              consentsRedacted: number;
              /** Format: date-time */
              erasedAt: string;
              /** Format: uuid */
              id: string;
              /** @description Recording objects of those calls deleted from the bucket by this request */
              recordingsDeleted: number;
              /** @description Message sends that kept their counts but lost the number */
              sendsDetached: number;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such contact */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Erased, but the recordings store did not answer: repeat to delete the recordings */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A contact's consent history, newest first
     * @description Roles: admin or marketer or viewer or privacy.
     *
     *     Roles: admin or marketer or viewer or privacy.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          /** @description The contact ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Consent entries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              consents: {
                /** @enum {string} */
                action: 'opt_in' | 'opt_out';
                evidence: string | null;
                /**
                 * Format: date-time
                 * @description When the person gave it, as the request stated
                 */
                evidenceAt: string | null;
                id: string;
                /** @enum {string} */
                purpose: 'marketing' | 'transactional';
                /** Format: date-time */
                recordedAt: string;
                /** @description The API key fingerprint, or inbound:whatsapp */
                recordedBy: string;
                /** @enum {string} */
                source: 'web_form' | 'import' | 'api' | 'inbound_keyword';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such contact */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Record a consent entry (an opt-in needs evidence)
     * @description Roles: admin or marketer or privacy.
     *
     *     Roles: admin or marketer or privacy.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The contact ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'opt_in' | 'opt_out';
            /**
             * @description What the person was shown or said, where and when (required for an opt-in)
             * @example Web form /offers, checkbox "Send me offers on WhatsApp", 2026-11-20 10:42 IST
             */
            evidence?: string;
            /**
             * Format: date-time
             * @description When the person gave this consent. Required to opt in a number on the suppression list (it opted out or was erased): it must be after that date
             * @example 2026-11-20T10:42:00+05:30
             */
            evidenceAt?: string;
            /**
             * @description marketing (offers) or transactional (utility and authentication templates)
             * @enum {string}
             */
            purpose: 'marketing' | 'transactional';
            /**
             * @description Where the consent was given (inbound_keyword is the person's own STOP/START, recorded by the webhook)
             * @default api
             * @enum {string}
             */
            source?: 'web_form' | 'import' | 'api';
          };
        };
      };
      responses: {
        /** @description Recorded; the current consent */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether a marketing / utility-or-authentication template may be sent now */
              canMessage: {
                marketing: boolean;
                transactional: boolean;
              };
              /** @description The newest entry per purpose */
              consent: {
                marketing: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
                transactional: {
                  /** Format: date-time */
                  recordedAt: string | null;
                  /** @enum {string|null} */
                  source: 'web_form' | 'import' | 'api' | 'inbound_keyword' | null;
                  /** @enum {string} */
                  status: 'opted_in' | 'opted_out' | 'none';
                };
              };
              entry: {
                /** @enum {string} */
                action: 'opt_in' | 'opt_out';
                evidence: string | null;
                /**
                 * Format: date-time
                 * @description When the person gave it, as the request stated
                 */
                evidenceAt: string | null;
                id: string;
                /** @enum {string} */
                purpose: 'marketing' | 'transactional';
                /** Format: date-time */
                recordedAt: string;
                /** @description The API key fingerprint, or inbound:whatsapp */
                recordedBy: string;
                /** @enum {string} */
                source: 'web_form' | 'import' | 'api' | 'inbound_keyword';
              };
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such contact */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description contact_erased: the contact was erased; number_suppressed: the number opted out or was erased and this opt-in carries no evidenceAt after that */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A contact's calls, WhatsApp messages and consent changes, newest first
     * @description Calls to the contact's number, every message sent to them (campaign steps and single messages) and each consent entry, as one list ordered by time, a page at a time. Customer numbers in calls are masked for roles that may not see numbers.
     *
     *     Roles: admin or marketer or viewer or privacy.
     *
     *     Roles: admin or marketer or viewer or privacy.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          /** @description The contact ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of the timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: (
                | {
                    /** Format: date-time */
                    at: string;
                    call: {
                      agentNumber: string;
                      /** Format: date-time */
                      answeredAt: string | null;
                      callerId: string;
                      conversationDurationSec: number | null;
                      /** Format: date-time */
                      createdAt: string;
                      /** @description Credits charged once the call ended (started minutes per leg) */
                      creditsUsed: number | null;
                      customerNumber: string;
                      /** Format: date-time */
                      endedAt: string | null;
                      exotelCallSid: string | null;
                      failureReason: string | null;
                      /** @description The follow-up message the request named and what became of it; null without one */
                      followUp: {
                        /**
                         * Format: uuid
                         * @description queued: the message it sent (GET /v1/messages/{id})
                         */
                        messageId: string | null;
                        on: string[];
                        params: unknown;
                        /** @description skipped: why (opted_out, no_consent, no_contact, ...) */
                        reason: string | null;
                        /** @enum {string} */
                        status: 'pending' | 'queued' | 'skipped' | 'not_needed';
                        /** Format: uuid */
                        templateId: string;
                      } | null;
                      /** Format: uuid */
                      id: string;
                      legs: {
                        onCallDurationSec: number | null;
                        /** @enum {string} */
                        party: 'agent' | 'customer';
                        status: string | null;
                      }[];
                      record: boolean;
                      /** @description Our archive of the call's recording; null for calls made without recording */
                      recording: {
                        /** Format: date-time */
                        archivedAt: string | null;
                        bytes: number | null;
                        /** Format: date-time */
                        deletedAt: string | null;
                        /** @enum {string|null} */
                        deletionReason: 'retention' | 'erasure' | null;
                        /** @description Why archiving failed, e.g. RecordingSourceRefusedError for a URL outside RECORDING_ALLOWED_HOSTS */
                        error: {
                          message: string;
                          type: string;
                        } | null;
                        /** @description Object key in the recordings bucket */
                        key: string | null;
                        /** @description Hex SHA-256 of the bytes received from Exotel */
                        sha256: string | null;
                        /**
                         * @description pending: not archived yet (Exotel publishes recordings minutes after the call); none: no conversation, nothing recorded; archived: in our bucket (GET /v1/calls/{id}/recording plays it); failed: archiving failed for good (see error); deleted: removed by retention or erasure (key, sha256 and bytes say what was deleted)
                         * @enum {string}
                         */
                        status: 'pending' | 'none' | 'archived' | 'failed' | 'deleted';
                      } | null;
                      /** @description Exotel's own recording URL, as Exotel reported it */
                      recordingUrl: string | null;
                      /** Format: date-time */
                      startedAt: string | null;
                      /** @enum {string} */
                      status:
                        | 'queued'
                        | 'dialing'
                        | 'agent-answered'
                        | 'in-progress'
                        | 'completed'
                        | 'busy'
                        | 'no-answer'
                        | 'failed'
                        | 'canceled';
                      trackingId: string | null;
                      /** Format: date-time */
                      updatedAt: string;
                      workflowId: string;
                    };
                    /** @enum {string} */
                    kind: 'call';
                  }
                | {
                    /** Format: date-time */
                    at: string;
                    /** @enum {string} */
                    kind: 'message';
                    message: {
                      /**
                       * Format: uuid
                       * @description null for a single message
                       */
                      campaignId: string | null;
                      campaignName: string | null;
                      /** Format: uuid */
                      contactId: string | null;
                      /** Format: date-time */
                      createdAt: string;
                      /** Format: date-time */
                      deliveredAt: string | null;
                      error: {
                        code: number | null;
                        detail: string | null;
                      } | null;
                      /** Format: date-time */
                      failedAt: string | null;
                      /** Format: uuid */
                      id: string;
                      providerSid: string | null;
                      /** Format: date-time */
                      readAt: string | null;
                      /** Format: date-time */
                      repliedAt: string | null;
                      /** Format: date-time */
                      sentAt: string | null;
                      /** @description pending, accepted, failed, skipped or unknown */
                      state: string;
                      /** @description Delivery: sent, delivered, read, failed */
                      status: string | null;
                      step: number | null;
                    };
                  }
                | {
                    /** Format: date-time */
                    at: string;
                    consent: {
                      /** @enum {string} */
                      action: 'opt_in' | 'opt_out';
                      evidence: string | null;
                      /**
                       * Format: date-time
                       * @description When the person gave it, as the request stated
                       */
                      evidenceAt: string | null;
                      id: string;
                      /** @enum {string} */
                      purpose: 'marketing' | 'transactional';
                      /** @description The API key fingerprint, or inbound:whatsapp */
                      recordedBy: string;
                      /** @enum {string} */
                      source: 'web_form' | 'import' | 'api' | 'inbound_keyword';
                    };
                    /** @enum {string} */
                    kind: 'consent';
                  }
              )[];
              /** @description Pass as cursor for older items; null at the end */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such contact */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contacts/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import up to 10,000 contacts (JSON or a CSV file), validated row by row
     * @description Valid rows are upserted by number in one transaction; invalid rows are never written and are reported with their row and field. Rows sharing a number are applied in order. The optional consent is recorded for each imported contact with source `import`; an opt-in is skipped, with its reason, for a contact who opted out and for a number on the suppression list.
     *
     *     A CSV file (`Content-Type: text/csv`, UTF-8, a header row) takes its column mapping and consent from the query parameters; rows are numbered by their line in the file (the header is line 1) and failures name the column. A header without the mapped columns is 400 and nothing is written.
     *
     *     Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: {
          attributes?: string;
          consentAction?: 'opt_in' | 'opt_out';
          consentEvidence?: string;
          consentPurpose?: 'marketing' | 'transactional';
          name?: string;
          phone?: string;
          tags?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Recorded for every imported contact (source import). An opt-in is not recorded for a contact who opted out of that purpose. */
            consent?: {
              /** @enum {string} */
              action: 'opt_in' | 'opt_out';
              /**
               * @description What the person was shown or said, where and when (required for an opt-in)
               * @example Web form /offers, checkbox "Send me offers on WhatsApp", 2026-11-20 10:42 IST
               */
              evidence: string;
              /** @enum {string} */
              purpose: 'marketing' | 'transactional';
              /**
               * @default import
               * @enum {string}
               */
              source?: 'import';
            };
            /** @description Up to 10000 rows, each validated on its own */
            contacts: unknown[];
          };
          /**
           * @example phone,name,tags,City
           *     9811112222,Asha,diwali;vip,Pune
           */
          'text/csv': string;
        };
      };
      responses: {
        /** @description What was created, updated and refused */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              consent: {
                recorded: number;
                /** @description Contacts whose opt-out or suppression an opt-in import did not override (only the person can, with a new opt-in) */
                skipped: {
                  message: string;
                  /**
                   * @description opted_out: the contact opted out of this purpose; number_suppressed: the number is on the suppression list (opted out or erased)
                   * @enum {string}
                   */
                  reason: 'opted_out' | 'number_suppressed';
                  row: number;
                }[];
              };
              /** @description Rows that created a contact */
              created: number;
              /** @description One entry per failing field; these rows were not written */
              failed: {
                /** @description JSON: the field; CSV: the column; (row) for a line that is not CSV */
                field: string;
                message: string;
                /** @description JSON: the index in contacts (0-based); CSV: the line in the file (the header is 1) */
                row: number;
              }[];
              rows: number;
              /** @description Rows that updated a contact (including a number repeated in the import) */
              updated: number;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the import size limit */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Credits remaining: balance, reserved, usage today and this month by channel, and a forecast
     * @description Roles: admin or agent or marketer or viewer.
     *
     *     Roles: admin or agent or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The balance */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alertThresholds: number[];
              balance: {
                /** @description granted - used - reserved: what new work can reserve */
                available: number;
                /** @description Initial credits plus top-ups */
                granted: number;
                /** @description Held for calls and message batches in flight */
                reserved: number;
                /** @description Settled usage */
                used: number;
                /** @description Share used, one decimal (0.1 once anything is spent) */
                usedPercent: number;
              };
              forecast: {
                /** @description Messages the available credits still cover */
                messages: number;
                /** @description Two-minute calls the available credits still cover */
                twoMinuteCalls: number;
              };
              rates: {
                voicePerLegMinute: number;
                whatsappByCategory: {
                  [key: string]: number;
                };
                whatsappPerMessage: number;
              };
              usage: {
                thisMonth: {
                  total: number;
                  voice: number;
                  whatsapp: number;
                };
                timezone: string;
                today: {
                  total: number;
                  voice: number;
                  whatsapp: number;
                };
              };
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credits/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Threshold alerts and their delivery
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Alerts, newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alerts: {
                attempts: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deliveredAt: string | null;
                grantedCredits: number;
                id: string;
                lastError: string | null;
                /** @description "account" or "budget:<id>" */
                scope: string;
                thresholdPercent: number;
                usedCredits: number;
              }[];
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credits/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Budgets with their usage
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Budgets */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              budgets: {
                /** @description granted - used - reserved: what new work can reserve */
                available: number;
                /** @description Initial credits plus top-ups */
                granted: number;
                id: string;
                name: string;
                ownerId: string | null;
                ownerType: string | null;
                /** @description Held for calls and message batches in flight */
                reserved: number;
                /** @description Settled usage */
                used: number;
                /** @description Share used, one decimal (0.1 once anything is spent) */
                usedPercent: number;
              }[];
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credits/budgets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create a budget or change its limit (admin)
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description The budget's limit
             * @example 500
             */
            credits: number;
            name: string;
            /** @description Whose budget it is: a team or an agent (calls name it in budgetId) */
            owner?: {
              /** @description The team's name or the agent's number or ID */
              id: string;
              /** @enum {string} */
              type: 'team' | 'agent';
            };
          };
        };
      };
      responses: {
        /** @description The budget */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description granted - used - reserved: what new work can reserve */
              available: number;
              /** @description Initial credits plus top-ups */
              granted: number;
              id: string;
              name: string;
              ownerId: string | null;
              ownerType: string | null;
              /** @description Held for calls and message batches in flight */
              reserved: number;
              /** @description Settled usage */
              used: number;
              /** @description Share used, one decimal (0.1 once anything is spent) */
              usedPercent: number;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    /**
     * Delete a budget (admin): hidden and refused to new calls; its ledger history stays
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted (also when it already was) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such budget */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description In use (budget_in_use): credits are held against it, or the campaign that owns it has not finished */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credits/estimate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The credit calculator (docs/exotel.md §10): what calls and messages cost, and what the balance would have left
     * @description Roles: admin or agent or marketer.
     *
     *     Roles: admin or agent or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            calls?: {
              count: number;
              /** @description Length of each call; started minutes are charged per leg */
              minutes: number;
            }[];
            /**
             * @description Work out what is left from this balance instead of the current one (e.g. 500, the trial)
             * @example 500
             */
            fromBalance?: number;
            /**
             * @description Price messages at this category's rate
             * @enum {string}
             */
            messageCategory?: 'marketing' | 'utility' | 'authentication' | 'service';
            /** @description Outbound WhatsApp template messages */
            messages?: number;
          };
        };
      };
      responses: {
        /** @description The estimate, per channel */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: {
                /** @description The balance the estimate is set against */
                available: number;
                covered: boolean;
                remainingAfter: number;
              };
              /** @description Total estimated credits */
              credits: number;
              voice: {
                calls: {
                  count: number;
                  credits: number;
                  creditsEach: number;
                  minutes: number;
                }[];
                credits: number;
              };
              whatsapp: {
                credits: number;
                creditsEach: number;
                messages: number;
              };
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credits/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ledger entries, newest first, filtered and paged (cursor = the previous nextCursor)
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: {
          budgetId?: string;
          channel?: 'voice' | 'whatsapp';
          cursor?: string;
          from?: string;
          kind?: 'grant' | 'top_up' | 'reserve' | 'settle' | 'release';
          limit?: number;
          ownerId?: string;
          ownerType?: 'call' | 'campaign_batch';
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of entries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: {
                actor: string | null;
                budgetId: string | null;
                /** @enum {string|null} */
                channel: 'voice' | 'whatsapp' | null;
                /** Format: date-time */
                createdAt: string;
                /** @description Effect on the balance: + grant/top-up, - settlement */
                credits: number;
                id: string;
                /** @enum {string} */
                kind: 'grant' | 'top_up' | 'reserve' | 'settle' | 'release';
                note: string | null;
                ownerId: string | null;
                ownerType: string | null;
                /** @description Leg-minutes of a call, messages of a batch */
                quantity: number | null;
                reservationId: string | null;
                /** @description Effect on what is reserved: + reserve, - settle/release */
                reservedCredits: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credits/top-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add credits (admin). An Idempotency-Key header makes a repeat add nothing.
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Credits (up to three decimals)
             * @example 500
             */
            credits: number;
            /** @description Why: an invoice or recharge reference */
            note?: string;
          };
        };
      };
      responses: {
        /** @description A repeat of an earlier top-up with this Idempotency-Key: nothing added */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Added; the new balance */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event log, oldest first, paged by id; filters by type (or <resource>.*) and resource
     * @description Roles: admin or agent or marketer or viewer.
     *
     *     Roles: admin or agent or marketer or viewer.
     */
    get: {
      parameters: {
        query?: {
          after?: string;
          limit?: number;
          resourceId?: string;
          resourceType?: 'call' | 'message' | 'contact' | 'campaign' | 'credit_alert' | 'webhook_endpoint' | 'callback';
          type?: string | string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description `{events: [{id, type, timestamp, resource: {type, id, seq}, data}], nextCursor}` */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an event again to every endpoint that wants it, or to one
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The event ID (digits) */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description `{eventId, queuedFor: [endpoint ids]}` */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such event (or it is past retention), or no such endpoint */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event log live (Server-Sent Events): `id:` lines, `Last-Event-ID` resume, a heartbeat every 15 s
     * @description Roles: admin or agent or marketer or viewer.
     *
     *     Roles: admin or agent or marketer or viewer.
     */
    get: {
      parameters: {
        query?: {
          after?: string;
          resourceId?: string;
          resourceType?: 'call' | 'message' | 'contact' | 'campaign' | 'credit_alert' | 'webhook_endpoint' | 'callback';
          type?: string | string[];
        };
        header?: {
          /** @description Resume after this event id (as `after=`) */
          'Last-Event-ID'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/event-stream: `id: <event id>`, `event: <type>`, `data: <event JSON>` per event */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': {
              /** @description The event as GET /v1/events shows it, as JSON */
              data?: string;
              /** @description The event type, e.g. call.ended */
              event?: string;
              /** @description The event id (resume with Last-Event-ID) */
              id?: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send one template message to one contact (an appointment reminder, a follow-up)
     * @description Consent is checked now and again at send time: marketing templates need a marketing opt-in; utility and authentication templates need a transactional (or marketing) opt-in and never reach someone who opted out. Credits are held now and charged once Exotel takes the message; the sending number's pace is shared with running campaigns. Marketing templates wait for the allowed hours. With an `Idempotency-Key`, a repeat of the same request answers 200 with the same message; the same key with another body is 409 naming the fields that differ.
     *
     *     Roles: admin or agent or marketer.
     *
     *     Roles: admin or agent or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description One message per key, ever (1-128 letters, digits or . _ : -) */
          'Idempotency-Key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description The contact to message (POST /v1/contacts)
             */
            contactId: string;
            /**
             * @description Where each template parameter comes from: a `value` (the same text) or a contact `field` (name, phone, attributes.<key>)
             * @default {}
             */
            params?: {
              /**
               * @description One source per body placeholder, {{1}} first
               * @default []
               */
              body?: {
                /**
                 * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                 * @example there
                 */
                fallback?: string;
                /**
                 * @description The contact's name, phone or an attribute
                 * @example attributes.city
                 */
                field?: string;
                /** @description The same text for every contact */
                value?: string;
              }[];
              /**
               * @description The suffix of each url button ending in {{1}}, by its index in the template's buttons
               * @default []
               */
              buttons?: {
                index: number;
                suffix: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                };
              }[];
              header?: {
                /**
                 * Format: uri
                 * @description Replaces the media header's registered URL
                 */
                mediaUrl?: string;
                /** @description The text header's {{1}} */
                text?: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                };
              };
            };
            /**
             * Format: uuid
             * @description An approved template (POST /v1/templates)
             */
            templateId: string;
          };
        };
      };
      responses: {
        /** @description This Idempotency-Key has a message already, for the same request: that message */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description call_follow_up: the call it follows up
               */
              callId: string | null;
              /** Format: uuid */
              campaignId: string | null;
              /** Format: uuid */
              contactId: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              error: {
                code: number | null;
                detail: string | null;
              } | null;
              /** Format: date-time */
              failedAt: string | null;
              /** Format: uuid */
              id: string;
              providerSid: string | null;
              /** Format: date-time */
              readAt: string | null;
              /** Format: date-time */
              repliedAt: string | null;
              /** Format: date-time */
              sentAt: string | null;
              skipReason: string | null;
              /** @enum {string} */
              source: 'campaign' | 'api' | 'call_follow_up';
              /**
               * @description queued: accepted, not sent yet (marketing templates wait for the allowed hours); pending: sent, answer awaited; accepted: Exotel took it; failed; skipped (skipReason: consent changed before sending); unknown: the answer was lost and no report came (never resent)
               * @enum {string}
               */
              state: 'queued' | 'pending' | 'accepted' | 'failed' | 'skipped' | 'unknown';
              /**
               * @description Delivery, from reports
               * @enum {string|null}
               */
              status: 'sent' | 'delivered' | 'read' | 'failed' | null;
              step: number | null;
              /** Format: uuid */
              templateId: string | null;
              /** @description The status timeline, oldest first */
              timeline: {
                /** Format: date-time */
                at: string;
                /** @description failed: Exotel's error code */
                code?: number | null;
                detail?: string | null;
                /** @description skipped: why (opted_out, no_consent, ...) */
                reason?: string | null;
                /** @enum {string} */
                status: 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'skipped' | 'replied';
              }[];
            };
          };
        };
        /** @description Accepted: its workflow sends it once */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description call_follow_up: the call it follows up
               */
              callId: string | null;
              /** Format: uuid */
              campaignId: string | null;
              /** Format: uuid */
              contactId: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              error: {
                code: number | null;
                detail: string | null;
              } | null;
              /** Format: date-time */
              failedAt: string | null;
              /** Format: uuid */
              id: string;
              providerSid: string | null;
              /** Format: date-time */
              readAt: string | null;
              /** Format: date-time */
              repliedAt: string | null;
              /** Format: date-time */
              sentAt: string | null;
              skipReason: string | null;
              /** @enum {string} */
              source: 'campaign' | 'api' | 'call_follow_up';
              /**
               * @description queued: accepted, not sent yet (marketing templates wait for the allowed hours); pending: sent, answer awaited; accepted: Exotel took it; failed; skipped (skipReason: consent changed before sending); unknown: the answer was lost and no report came (never resent)
               * @enum {string}
               */
              state: 'queued' | 'pending' | 'accepted' | 'failed' | 'skipped' | 'unknown';
              /**
               * @description Delivery, from reports
               * @enum {string|null}
               */
              status: 'sent' | 'delivered' | 'read' | 'failed' | null;
              step: number | null;
              /** Format: uuid */
              templateId: string | null;
              /** @description The status timeline, oldest first */
              timeline: {
                /** Format: date-time */
                at: string;
                /** @description failed: Exotel's error code */
                code?: number | null;
                detail?: string | null;
                /** @description skipped: why (opted_out, no_consent, ...) */
                reason?: string | null;
                /** @enum {string} */
                status: 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'skipped' | 'replied';
              }[];
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The balance cannot cover the message (insufficient_credits); nothing written */
        402: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description idempotency_key_reused: the key was used with another request (`error.fields` names what differs); no_sending_number */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Refused, nothing written; the code says why: no_consent, opted_out, erased, template_not_approved, template_mismatch, missing_parameter, invalid_parameter, contact_not_found */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A message (single or a campaign's) with its status timeline: sent, delivered, read, failed (code), replied
     * @description Roles: admin or agent or marketer or viewer.
     *
     *     Roles: admin or agent or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The message ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The message */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description call_follow_up: the call it follows up
               */
              callId: string | null;
              /** Format: uuid */
              campaignId: string | null;
              /** Format: uuid */
              contactId: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              deliveredAt: string | null;
              error: {
                code: number | null;
                detail: string | null;
              } | null;
              /** Format: date-time */
              failedAt: string | null;
              /** Format: uuid */
              id: string;
              providerSid: string | null;
              /** Format: date-time */
              readAt: string | null;
              /** Format: date-time */
              repliedAt: string | null;
              /** Format: date-time */
              sentAt: string | null;
              skipReason: string | null;
              /** @enum {string} */
              source: 'campaign' | 'api' | 'call_follow_up';
              /**
               * @description queued: accepted, not sent yet (marketing templates wait for the allowed hours); pending: sent, answer awaited; accepted: Exotel took it; failed; skipped (skipReason: consent changed before sending); unknown: the answer was lost and no report came (never resent)
               * @enum {string}
               */
              state: 'queued' | 'pending' | 'accepted' | 'failed' | 'skipped' | 'unknown';
              /**
               * @description Delivery, from reports
               * @enum {string|null}
               */
              status: 'sent' | 'delivered' | 'read' | 'failed' | null;
              step: number | null;
              /** Format: uuid */
              templateId: string | null;
              /** @description The status timeline, oldest first */
              timeline: {
                /** Format: date-time */
                at: string;
                /** @description failed: Exotel's error code */
                code?: number | null;
                detail?: string | null;
                /** @description skipped: why (opted_out, no_consent, ...) */
                reason?: string | null;
                /** @enum {string} */
                status: 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'skipped' | 'replied';
              }[];
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such message */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/recordings/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erase every recording of calls to one customer number, and the number from those calls
     * @description Deletes the recordings, then replaces the number in every call to it (customerNumber becomes erased) and drops those calls' callback bodies and recording URLs, also in the event log. The contact with this number, if any, is erased by DELETE /v1/contacts/{id}, which does all of this too.
     *
     *     Roles: admin or privacy.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Every recording of calls to this number is deleted, and the calls lose the number (their customerNumber becomes erased, their callback bodies and recording URLs are dropped)
             * @example +919876543210
             */
            customerNumber: string;
          };
        };
      };
      responses: {
        /** @description The number's recorded calls, each erased (an empty list when there are none) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              calls: {
                /** @description The call log already recorded a deletion (its time and reason are kept) */
                alreadyDeleted: boolean;
                /** Format: uuid */
                callId: string;
                /** Format: date-time */
                deletedAt: string;
                /** @enum {string} */
                deletionReason: 'retention' | 'erasure';
                /** @description An archived object was there and has been deleted now */
                objectDeleted: boolean;
              }[];
              /** @description Calls to the number (recorded or not) that no longer hold it: customerNumber became erased */
              callsRedacted: number;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The store did not answer: deletions so far are recorded; repeat the request */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: exchange an API key for an httpOnly, SameSite=Strict session cookie (12 h) that the API accepts instead of the key */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            apiKey: string;
          };
        };
      };
      responses: {
        /** @description Signed in */
        201: {
          headers: {
            /** @description exoflow_session=…; HttpOnly */
            'Set-Cookie'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether the key may top up and change budgets */
              admin: boolean;
              /** @enum {string} */
              authenticatedBy: 'session' | 'api_key';
              /**
               * Format: date-time
               * @description When the session cookie stops working; null for a bearer key
               */
              expiresAt: string | null;
              /** @description `key:` + 12 hex digits of the key’s SHA-256, as audit records name it */
              keyFingerprint: string;
              /** @description The key's roles: what it may call (api/access.ts); the console shows only what they allow */
              roles: ('admin' | 'marketer' | 'agent' | 'viewer' | 'privacy')[];
            };
          };
        };
        /** @description Invalid body: `error.fields` names the field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description cross_site_request: a cookie request from another site */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    /** Sign out: the session cookie is cleared and stops working */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out (also when no session was open) */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description cross_site_request: a cookie request from another site */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sessions/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who is calling: the session or key, whether it is an admin key, and when the session ends
     * @description Roles: admin or agent or marketer or viewer or privacy.
     *
     *     Roles: admin or agent or marketer or viewer or privacy.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The caller */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether the key may top up and change budgets */
              admin: boolean;
              /** @enum {string} */
              authenticatedBy: 'session' | 'api_key';
              /**
               * Format: date-time
               * @description When the session cookie stops working; null for a bearer key
               */
              expiresAt: string | null;
              /** @description `key:` + 12 hex digits of the key’s SHA-256, as audit records name it */
              keyFingerprint: string;
              /** @description The key's roles: what it may call (api/access.ts); the console shows only what they allow */
              roles: ('admin' | 'marketer' | 'agent' | 'viewer' | 'privacy')[];
            };
          };
        };
        /** @description Not signed in and no API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List templates, optionally by status
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          status?: 'approved' | 'pending' | 'rejected' | 'paused' | 'disabled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Templates by name and language */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              templates: {
                /** @enum {string} */
                category: 'marketing' | 'utility' | 'authentication';
                components: {
                  body: {
                    text: string;
                  };
                  /** @default [] */
                  buttons: (
                    | {
                        /** @description Sent with the message; comes back when the button is tapped */
                        payload?: string;
                        text: string;
                        /** @enum {string} */
                        type: 'quick_reply';
                      }
                    | {
                        text: string;
                        /** @enum {string} */
                        type: 'url';
                        /**
                         * @description A fixed URL, or one ending in {{1}}: each message then fills the suffix
                         * @example https://shop.example/orders/{{1}}
                         */
                        url: string;
                      }
                  )[];
                  footer?: {
                    text: string;
                  };
                  /**
                   * @default {
                   *       "type": "none"
                   *     }
                   */
                  header:
                    | {
                        /** @enum {string} */
                        type: 'none';
                      }
                    | {
                        text: string;
                        /** @enum {string} */
                        type: 'text';
                      }
                    | {
                        /** Format: uri */
                        mediaUrl: string;
                        /** @enum {string} */
                        type: 'image';
                      }
                    | {
                        /** Format: uri */
                        mediaUrl: string;
                        /** @enum {string} */
                        type: 'video';
                      }
                    | {
                        filename?: string;
                        /** Format: uri */
                        mediaUrl: string;
                        /** @enum {string} */
                        type: 'document';
                      };
                };
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                language: string;
                name: string;
                /** @description What a parameter mapping must fill: body {{1}}..{{n}}, the header, url button suffixes */
                parameters: {
                  body: number;
                  /** @enum {string|null} */
                  headerMedia: 'image' | 'video' | 'document' | null;
                  headerText: boolean;
                  urlButtons: number[];
                };
                /** @description status is approved */
                sendable: boolean;
                /** @enum {string} */
                status: 'approved' | 'pending' | 'rejected' | 'paused' | 'disabled';
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Register a WhatsApp template as Meta approved it
     * @description Components are validated (placeholders {{1}}..{{n}}, button limits). status is Meta's verdict; pending unless given. Only approved templates are sent.
     *
     *     Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Decides the consent a send needs: marketing needs marketing consent
             * @enum {string}
             */
            category: 'marketing' | 'utility' | 'authentication';
            components: {
              body: {
                text: string;
              };
              /** @default [] */
              buttons?: (
                | {
                    /** @description Sent with the message; comes back when the button is tapped */
                    payload?: string;
                    text: string;
                    /** @enum {string} */
                    type: 'quick_reply';
                  }
                | {
                    text: string;
                    /** @enum {string} */
                    type: 'url';
                    /**
                     * @description A fixed URL, or one ending in {{1}}: each message then fills the suffix
                     * @example https://shop.example/orders/{{1}}
                     */
                    url: string;
                  }
              )[];
              footer?: {
                text: string;
              };
              /**
               * @default {
               *       "type": "none"
               *     }
               */
              header?:
                | {
                    /** @enum {string} */
                    type: 'none';
                  }
                | {
                    text: string;
                    /** @enum {string} */
                    type: 'text';
                  }
                | {
                    /** Format: uri */
                    mediaUrl: string;
                    /** @enum {string} */
                    type: 'image';
                  }
                | {
                    /** Format: uri */
                    mediaUrl: string;
                    /** @enum {string} */
                    type: 'video';
                  }
                | {
                    filename?: string;
                    /** Format: uri */
                    mediaUrl: string;
                    /** @enum {string} */
                    type: 'document';
                  };
            };
            /** @example en */
            language: string;
            /** @example order_confirmation */
            name: string;
            /**
             * @description Meta's verdict. Only approved templates are sent; unset means pending until PATCHed
             * @default pending
             * @enum {string}
             */
            status?: 'approved' | 'pending' | 'rejected' | 'paused' | 'disabled';
          };
        };
      };
      responses: {
        /** @description Registered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'marketing' | 'utility' | 'authentication';
              components: {
                body: {
                  text: string;
                };
                /** @default [] */
                buttons: (
                  | {
                      /** @description Sent with the message; comes back when the button is tapped */
                      payload?: string;
                      text: string;
                      /** @enum {string} */
                      type: 'quick_reply';
                    }
                  | {
                      text: string;
                      /** @enum {string} */
                      type: 'url';
                      /**
                       * @description A fixed URL, or one ending in {{1}}: each message then fills the suffix
                       * @example https://shop.example/orders/{{1}}
                       */
                      url: string;
                    }
                )[];
                footer?: {
                  text: string;
                };
                /**
                 * @default {
                 *       "type": "none"
                 *     }
                 */
                header:
                  | {
                      /** @enum {string} */
                      type: 'none';
                    }
                  | {
                      text: string;
                      /** @enum {string} */
                      type: 'text';
                    }
                  | {
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'image';
                    }
                  | {
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'video';
                    }
                  | {
                      filename?: string;
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'document';
                    };
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              language: string;
              name: string;
              /** @description What a parameter mapping must fill: body {{1}}..{{n}}, the header, url button suffixes */
              parameters: {
                body: number;
                /** @enum {string|null} */
                headerMedia: 'image' | 'video' | 'document' | null;
                headerText: boolean;
                urlButtons: number[];
              };
              /** @description status is approved */
              sendable: boolean;
              /** @enum {string} */
              status: 'approved' | 'pending' | 'rejected' | 'paused' | 'disabled';
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description This name and language are registered already */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A template with the parameters a mapping must fill
     * @description Roles: admin or marketer or viewer.
     *
     *     Roles: admin or marketer or viewer.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The template ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The template */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'marketing' | 'utility' | 'authentication';
              components: {
                body: {
                  text: string;
                };
                /** @default [] */
                buttons: (
                  | {
                      /** @description Sent with the message; comes back when the button is tapped */
                      payload?: string;
                      text: string;
                      /** @enum {string} */
                      type: 'quick_reply';
                    }
                  | {
                      text: string;
                      /** @enum {string} */
                      type: 'url';
                      /**
                       * @description A fixed URL, or one ending in {{1}}: each message then fills the suffix
                       * @example https://shop.example/orders/{{1}}
                       */
                      url: string;
                    }
                )[];
                footer?: {
                  text: string;
                };
                /**
                 * @default {
                 *       "type": "none"
                 *     }
                 */
                header:
                  | {
                      /** @enum {string} */
                      type: 'none';
                    }
                  | {
                      text: string;
                      /** @enum {string} */
                      type: 'text';
                    }
                  | {
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'image';
                    }
                  | {
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'video';
                    }
                  | {
                      filename?: string;
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'document';
                    };
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              language: string;
              name: string;
              /** @description What a parameter mapping must fill: body {{1}}..{{n}}, the header, url button suffixes */
              parameters: {
                body: number;
                /** @enum {string|null} */
                headerMedia: 'image' | 'video' | 'document' | null;
                headerText: boolean;
                urlButtons: number[];
              };
              /** @description status is approved */
              sendable: boolean;
              /** @enum {string} */
              status: 'approved' | 'pending' | 'rejected' | 'paused' | 'disabled';
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such template */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Record Meta's new status (e.g. paused); audited
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The template ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'approved' | 'pending' | 'rejected' | 'paused' | 'disabled';
          };
        };
      };
      responses: {
        /** @description Updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category: 'marketing' | 'utility' | 'authentication';
              components: {
                body: {
                  text: string;
                };
                /** @default [] */
                buttons: (
                  | {
                      /** @description Sent with the message; comes back when the button is tapped */
                      payload?: string;
                      text: string;
                      /** @enum {string} */
                      type: 'quick_reply';
                    }
                  | {
                      text: string;
                      /** @enum {string} */
                      type: 'url';
                      /**
                       * @description A fixed URL, or one ending in {{1}}: each message then fills the suffix
                       * @example https://shop.example/orders/{{1}}
                       */
                      url: string;
                    }
                )[];
                footer?: {
                  text: string;
                };
                /**
                 * @default {
                 *       "type": "none"
                 *     }
                 */
                header:
                  | {
                      /** @enum {string} */
                      type: 'none';
                    }
                  | {
                      text: string;
                      /** @enum {string} */
                      type: 'text';
                    }
                  | {
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'image';
                    }
                  | {
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'video';
                    }
                  | {
                      filename?: string;
                      /** Format: uri */
                      mediaUrl: string;
                      /** @enum {string} */
                      type: 'document';
                    };
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              language: string;
              name: string;
              /** @description What a parameter mapping must fill: body {{1}}..{{n}}, the header, url button suffixes */
              parameters: {
                body: number;
                /** @enum {string|null} */
                headerMedia: 'image' | 'video' | 'document' | null;
                headerText: boolean;
                urlButtons: number[];
              };
              /** @description status is approved */
              sendable: boolean;
              /** @enum {string} */
              status: 'approved' | 'pending' | 'rejected' | 'paused' | 'disabled';
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such template */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/templates/{id}/render': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dry run: the components one contact's message would carry with this mapping (nothing is sent)
     * @description Roles: admin or marketer.
     *
     *     Roles: admin or marketer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The template ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description The contact whose fields fill the parameters; without one, each field shows as [field]
             */
            contactId?: string;
            params: {
              /**
               * @description One source per body placeholder, {{1}} first
               * @default []
               */
              body?: {
                /**
                 * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                 * @example there
                 */
                fallback?: string;
                /**
                 * @description The contact's name, phone or an attribute
                 * @example attributes.city
                 */
                field?: string;
                /** @description The same text for every contact */
                value?: string;
              }[];
              /**
               * @description The suffix of each url button ending in {{1}}, by its index in the template's buttons
               * @default []
               */
              buttons?: {
                index: number;
                suffix: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                };
              }[];
              header?: {
                /**
                 * Format: uri
                 * @description Replaces the media header's registered URL
                 */
                mediaUrl?: string;
                /** @description The text header's {{1}} */
                text?: {
                  /**
                   * @description Sent instead when the contact lacks the field (else the contact is skipped: missing_parameter)
                   * @example there
                   */
                  fallback?: string;
                  /**
                   * @description The contact's name, phone or an attribute
                   * @example attributes.city
                   */
                  field?: string;
                  /** @description The same text for every contact */
                  value?: string;
                };
              };
            };
          };
        };
      };
      responses: {
        /** @description ok with the components, or not sendable with a reason (missing_parameter, ...) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  /** @description content.template.components of the send request */
                  components: {
                    [key: string]: unknown;
                  }[];
                  /** @enum {boolean} */
                  ok: true;
                  /**
                   * @description What the customer reads: header, body with the parameters filled in, footer, [button labels]
                   * @example Hi Asha, Diwali offers are live!
                   *
                   *     [Show me]
                   */
                  text: string;
                }
              | {
                  detail: string;
                  /** @enum {boolean} */
                  ok: false;
                  /** @enum {string} */
                  reason: 'missing_parameter' | 'invalid_parameter' | 'parameter_too_long' | 'invalid_mapping';
                };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such template or contact */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description contact_erased: the contact was erased; number_suppressed: the number opted out or was erased and this opt-in carries no evidenceAt after that */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every webhook endpoint
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description `{endpoints: [...]}` */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Register a CRM endpoint for Standard Webhooks; the answer carries its secret (shown only now)
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            /**
             * @description Event types (or <resource>.*) to receive; empty: all
             * @default []
             */
            eventTypes?: string[];
            /** @default 16 */
            maxConcurrency?: number;
            /** Format: uri */
            url: string;
          };
        };
      };
      responses: {
        /** @description The endpoint, with `secret` (whsec_…) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One webhook endpoint
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The webhook endpoint ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The endpoint */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such webhook endpoint */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /**
     * Remove an endpoint (its pending deliveries go with it)
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The webhook endpoint ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such webhook endpoint */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Change an endpoint: URL, filters, concurrency, enable or disable, rotate its secret with an overlap
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The webhook endpoint ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            eventTypes?: string[];
            maxConcurrency?: number;
            /** @description New secret; the old one keeps signing (both signatures sent) for overlapSeconds */
            rotateSecret?: {
              /** @default 86400 */
              overlapSeconds?: number;
            };
            /** @enum {string} */
            status?: 'enabled' | 'disabled';
            /** Format: uri */
            url?: string;
          };
        };
      };
      responses: {
        /** @description The endpoint */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such webhook endpoint */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Delivery attempts to an endpoint, newest first
     * @description Roles: admin.
     *
     *     Roles: admin.
     */
    get: {
      parameters: {
        query?: {
          before?: string;
          limit?: number;
        };
        header?: never;
        path: {
          /** @description The webhook endpoint ID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description `{attempts: [...], nextCursor}` */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Invalid request: `error.fields` names each failing field; nothing was written */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The API key's roles do not include one this route needs (forbidden) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description No such webhook endpoint */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/exotel/voice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exotel's status callback (JSON, form-encoded or multipart). Authenticated by the per-call token in its URL.
     * @description No API key: the token in the URL authenticates it; a missing or wrong token is 401 (checked before the body is read). Requests with a valid token are never rate limited; wrong tokens are, per client address (429).
     */
    post: {
      parameters: {
        query: {
          call: string;
          token: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            CallSid: string;
            ConversationDuration?: number | string | '' | null;
            CustomField?: string | number | null;
            DateUpdated?: string | number | null;
            EndTime?: string | number | null;
            EventType?: string | number | null;
            Legs?:
              | ({
                  AnsweredBy?: string | number | null;
                  OnCallDuration?: number | string | '' | null;
                  Status?: string | number | null;
                } & {
                  [key: string]: unknown;
                })[]
              | {
                  [key: string]: {
                    AnsweredBy?: string | number | null;
                    OnCallDuration?: number | string | '' | null;
                    Status?: string | number | null;
                  } & {
                    [key: string]: unknown;
                  };
                };
            RecordingUrl?: string | number | null;
            StartTime?: string | number | null;
            Status: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      responses: {
        /** @description Stored (or a duplicate of a stored event) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed callback; nothing stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Token does not match the call */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over 64 kB; nothing stored */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Content type other than JSON, form-encoded or multipart; nothing stored */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/exotel/whatsapp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exotel's WhatsApp delivery reports and inbound messages. Authenticated by the deployment's token in the URL.
     * @description No API key: the token in the URL authenticates it; a missing or wrong token is 401 (checked before the body is read). Requests with a valid token are never rate limited; wrong tokens are, per client address (429).
     *
     *     No API key: the token in the URL authenticates it; a missing or wrong token is 401 (checked before the body is read). Requests with a valid token are never rate limited; wrong tokens are, per client address (429).
     */
    post: {
      parameters: {
        query: {
          token: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            whatsapp: {
              messages: (
                | ({
                    /** @enum {string} */
                    callback_type: 'dlr';
                    custom_data?: string | number | null;
                    description?: string | number | null;
                    exo_detailed_status?: string | number | null;
                    exo_status_code?: number | string | '' | null;
                    sid: string;
                    timestamp?: string | number | null;
                    to?: string | number | null;
                  } & {
                    [key: string]: unknown;
                  })
                | ({
                    /** @enum {string} */
                    callback_type: 'incoming_message' | 'icm';
                    content: {
                      button?: {
                        payload?: string | number | null;
                        text?: string | number | null;
                      } & {
                        [key: string]: unknown;
                      };
                      image?: {
                        caption?: string | number | null;
                        link?: string | number | null;
                        url?: string | number | null;
                      } & {
                        [key: string]: unknown;
                      };
                      interactive?: {
                        button_reply?: {
                          description?: string | number | null;
                          id?: string | number | null;
                          title?: string | number | null;
                        } & {
                          [key: string]: unknown;
                        };
                        list_reply?: {
                          description?: string | number | null;
                          id?: string | number | null;
                          title?: string | number | null;
                        } & {
                          [key: string]: unknown;
                        };
                        type?: string | number | null;
                      } & {
                        [key: string]: unknown;
                      };
                      text?: {
                        body?: string | number | null;
                      } & {
                        [key: string]: unknown;
                      };
                      type: string;
                    } & {
                      [key: string]: unknown;
                    };
                    from: string;
                    profile_name?: string | number | null;
                    sid: string;
                    timestamp?: string | number | null;
                    to?: string | number | null;
                  } & {
                    [key: string]: unknown;
                  })
                | ({
                    callback_type: string;
                  } & {
                    [key: string]: unknown;
                  })
              )[];
            } & {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      responses: {
        /** @description Stored and applied (duplicates change nothing) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed webhook; nothing stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Wrong token */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body over the size limit (payload_too_large) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description Over a rate limit (rate_limited); retry after Retry-After seconds */
        429: {
          headers: {
            /** @description Seconds until the limit resets */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
        /** @description The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read */
        431: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer */
        503: {
          headers: {
            /** @description Seconds to wait before retrying */
            'Retry-After'?: number;
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                fields: {
                  field: string;
                  message: string;
                }[];
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

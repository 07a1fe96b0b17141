// Generated from the API’s OpenAPI document by scripts/generate-console-api.ts (openapi-typescript).
// Do not edit: run `npm run generate:console-api` after changing an API schema.
export interface paths {
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
          limit?: number;
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
        header?: never;
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
            /**
             * @description Dialled once the agent answers.
             * @example +919876543210
             */
            customerNumber: string;
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
        /** @description A call with this trackingId exists already: that call */
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
                  /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter */
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
      };
    };
    put?: never;
    /**
     * Create a campaign (validated against its templates; starts as a draft)
     * @description Roles: admin or marketer.
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
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter */
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
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter */
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
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter */
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
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter */
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
      };
    };
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
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter */
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
                /** @description By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter */
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
     * List contacts (not erased) by id, optionally by tag or number
     * @description Roles: admin or marketer or viewer or privacy.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          phone?: string;
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
      };
    };
    put?: never;
    /**
     * Create a contact, or update the one with this number (upsert by phone)
     * @description The number is normalised to E.164. A known number is updated: name replaced if given, tags added, attributes merged. An optional consent entry is recorded in the same transaction (an opt-in needs evidence).
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
      };
    };
    put?: never;
    post?: never;
    /**
     * Erase a contact (DPDPA): personal data removed, counts kept, audited
     * @description The number becomes erased:<id>; name, tags and attributes are cleared; consent evidence becomes [erased]; message sends lose the number. The contact can no longer be messaged; importing the number again creates a new contact. Erasing twice changes nothing.
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
              /** @description Consent entries whose evidence became [erased] */
              consentsRedacted: number;
              /** Format: date-time */
              erasedAt: string;
              /** Format: uuid */
              id: string;
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
      };
    };
    put?: never;
    /**
     * Record a consent entry (an opt-in needs evidence)
     * @description Roles: admin or marketer or privacy.
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
        /** @description The contact was erased */
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
      };
    };
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
     * Import up to 10,000 contacts, validated row by row
     * @description Valid rows are upserted by number in one transaction; invalid rows are never written and are reported with their index and field. Rows sharing a number are applied in order. The optional consent is recorded for each imported contact with source `import`.
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
                /** @description Contacts whose opt-out an opt-in import did not override */
                skipped: {
                  message: string;
                  row: number;
                }[];
              };
              /** @description Rows that created a contact */
              created: number;
              /** @description One entry per failing field; these rows were not written */
              failed: {
                field: string;
                message: string;
                /** @description Index in contacts (0-based) */
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
      };
    };
    post?: never;
    delete?: never;
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
     */
    get: {
      parameters: {
        query?: {
          after?: string;
          limit?: number;
          resourceId?: string;
          resourceType?: 'call' | 'message' | 'contact' | 'campaign' | 'credit_alert' | 'webhook_endpoint';
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
     */
    get: {
      parameters: {
        query?: {
          after?: string;
          resourceId?: string;
          resourceType?: 'call' | 'message' | 'contact' | 'campaign' | 'credit_alert' | 'webhook_endpoint';
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
            'text/event-stream': string;
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
     * Erase every recording of calls to one customer number
     * @description Roles: admin or privacy.
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
             * @description Every recording of calls to this number is deleted
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
      };
    };
    put?: never;
    /**
     * Register a WhatsApp template as Meta approved it
     * @description Components are validated (placeholders {{1}}..{{n}}, button limits). status is Meta's verdict; pending unless given. Only approved templates are sent.
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
             * @description The contact whose fields fill the parameters
             */
            contactId: string;
            params: {
              /**
               * @description One source per body placeholder, {{1}} first
               * @default []
               */
              body?: {
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
        /** @description The contact was erased */
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
      };
    };
    put?: never;
    /**
     * Register a CRM endpoint for Standard Webhooks; the answer carries its secret (shown only now)
     * @description Roles: admin.
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
      };
    };
    put?: never;
    post?: never;
    /**
     * Remove an endpoint (its pending deliveries go with it)
     * @description Roles: admin.
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
      };
    };
    options?: never;
    head?: never;
    /**
     * Change an endpoint: URL, filters, concurrency, enable or disable, rotate its secret with an overlap
     * @description Roles: admin.
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

/**
 * The calls Tawasul makes to others, for the OpenAPI document's `webhooks`: integration events
 * (a case created, its status changed, resolved) and a reply sent back through the relay a case
 * came from. Both are POSTs of JSON signed as relays sign theirs to us (inbound/relay-signature.ts):
 * `X-Tawasul-Timestamp: <unix seconds>` and `X-Tawasul-Signature: sha256=<hex of HMAC-SHA256 over
 * "{timestamp}.{raw body}">`, and both are delivered through the outbox, so a failure (no 2xx
 * answer) is retried with backoff and parked after its last attempt. Events carry no personal data.
 */

type Json = Record<string, unknown>;

const signatureHeaders: Json[] = [
  {
    name: 'X-Tawasul-Timestamp',
    in: 'header',
    required: true,
    description: 'Unix seconds when the message was signed; refuse one far from your clock to bound replays.',
    schema: { type: 'string', pattern: '^[0-9]{1,12}$' },
  },
  {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description: 'The message id: the same on every retry, so a receiver can drop a redelivery.',
    schema: { type: 'string' },
  },
  {
    name: 'X-Tawasul-Signature',
    in: 'header',
    required: true,
    description: '`sha256=` and the hex HMAC-SHA256 of `{timestamp}.{raw body}` with the secret shared with this endpoint.',
    schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
  },
];

const receivedResponses: Json = {
  '2XX': { description: 'Received; any 2xx ends the delivery.' },
  default: { description: 'Anything else (or no answer in time) is retried from the outbox with backoff, then parked.' },
};

/** Event names an integration endpoint may receive. */
export const webhookEvents = ['case.created', 'case.status_changed', 'case.resolved'] as const;

/** Schemas the webhooks refer to, added to `components.schemas`. */
export const webhookSchemas: Record<string, Json> = {
  CaseEvent: {
    type: 'object',
    description: 'One integration event (relay-out/webhook.transport.ts, notify/case-notices.ts). No names, contacts, addresses or texts: the reference, where the case is and its times.',
    required: ['id', 'event', 'occurredAt', 'reference', 'type', 'entity', 'service', 'status', 'createdAt'],
    properties: {
      id: { type: 'string', description: 'The outbox message id, also sent as `Idempotency-Key`: the same on every retry of one event.' },
      event: { type: 'string', enum: [...webhookEvents] },
      occurredAt: { type: 'string', format: 'date-time' },
      reference: { type: 'string', description: 'Case reference, e.g. 26-0000042-5' },
      type: { type: 'string', enum: ['complaint', 'suggestion', 'inquiry', 'compliment'] },
      entity: { type: 'string', description: 'Code of the entity holding the case' },
      service: { type: 'string', description: 'Code of the service' },
      status: { type: 'string', description: 'The status after the event' },
      previousStatus: { type: 'string', description: 'case.status_changed and case.resolved: the status before' },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  RelayMessage: {
    type: 'object',
    description: "A public answer (a reply, a request for information, a resolution) sent back to the relay conversation a case came from, in the citizen's language (relay-out/relay.transport.ts).",
    required: ['messageId', 'channel', 'conversationId', 'reference', 'language', 'text'],
    properties: {
      messageId: { type: 'string', description: 'The outbox message id; delivery receipts name it, and it is the `Idempotency-Key`.' },
      channel: { type: 'string', description: 'The relay channel (whatsapp, social, email)' },
      conversationId: { type: 'string', description: 'The conversation or sender id the relay gave when the case came in.' },
      reference: { type: ['string', 'null'], description: 'Case reference' },
      language: { type: 'string', enum: ['ar', 'en'] },
      text: { type: 'string', description: 'The answer as plain text' },
    },
  },
};

function signedPost(summary: string, description: string, schema: string, example: Json): Json {
  return {
    post: {
      operationId: `webhook${summary.replace(/[^A-Za-z]/g, '')}`,
      summary,
      description,
      tags: ['webhooks'],
      security: [{ relaySignature: [], relayTimestamp: [] }],
      parameters: signatureHeaders,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` }, examples: { sample: { value: example } } } },
      },
      responses: receivedResponses,
    },
  };
}

const sampleCase = { reference: '26-0000042-5', type: 'complaint', entity: 'capital', service: 'street_light_fault', createdAt: '2026-12-07T08:15:00.000Z' };

/**
 * The document's `webhooks`. Integration endpoints are registered by an administrator (URL, secret,
 * national or one entity); the relay's outbound URL is the relay channel's configuration.
 */
export const webhooks: Record<string, Json> = {
  caseCreated: signedPost('Case created', 'A case was received (`event: case.created`).', 'CaseEvent', {
    id: 'evt-9f2c1a',
    event: 'case.created',
    occurredAt: '2026-12-07T08:15:00.000Z',
    ...sampleCase,
    status: 'new',
  }),
  caseStatusChanged: signedPost('Case status changed', 'A case moved to another status (`event: case.status_changed`).', 'CaseEvent', {
    id: 'evt-9f2c1b',
    event: 'case.status_changed',
    occurredAt: '2026-12-07T09:00:00.000Z',
    ...sampleCase,
    status: 'in_progress',
    previousStatus: 'assigned',
  }),
  caseResolved: signedPost('Case resolved', 'A case was resolved (`event: case.resolved`).', 'CaseEvent', {
    id: 'evt-9f2c1c',
    event: 'case.resolved',
    occurredAt: '2026-12-08T11:30:00.000Z',
    ...sampleCase,
    status: 'resolved',
    previousStatus: 'in_progress',
  }),
  relayMessage: signedPost(
    'Relay message',
    'An answer to a case that came through a relay, posted to that relay\'s outbound URL.',
    'RelayMessage',
    { messageId: 'msg-77120', channel: 'whatsapp', reference: '26-0000042-5', conversationId: 'conv-5521', text: 'تم إصلاح الإنارة في شارعكم.', language: 'ar' },
  ),
};

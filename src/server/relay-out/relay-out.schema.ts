/** Request and response schemas of relay receipts, a case's messages and integration endpoints. */
import { z } from 'zod';
import { plain } from '../../common/schemas/fields.ts';
import { relayChannels } from '../inbound/inbound.schema.ts';
import { webhookEvents } from '../notify/outbox.ts';

export const receiptParamsSchema = z.object({ channel: z.enum(relayChannels).describe('The relay: whatsapp, social or email') });

export const receiptSchema = z
  .object({
    receiptId: plain(200).pipe(z.string().min(1)).describe("The relay's id of this receipt; a second receipt with the same id is refused"),
    messageId: z.string().uuid().describe('The `messageId` of the message Tawasul sent through the relay'),
    state: z.enum(['delivered', 'read', 'failed']).describe('What became of the message'),
    at: z.string().datetime({ offset: true }).optional().describe('When it happened (default: when the receipt arrives)'),
    error: plain(500).optional().describe('For failed: the provider’s reason'),
  })
  .strict();
export type Receipt = z.infer<typeof receiptSchema>;

export const receiptResultSchema = z.object({
  messageId: z.string(),
  state: z.enum(['delivered', 'read', 'failed']).describe('The state now recorded (a later receipt never moves read back to delivered)'),
});

export const caseMessageSchema = z.object({
  messageId: z.string(),
  channel: z.enum(['sms', 'email', 'relay']),
  template: z.string().describe('Which notice: entity_replied, info_requested, case_resolved…'),
  language: z.enum(['ar', 'en']),
  status: z.string().describe('pending, sent, parked, held, digested or cancelled'),
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  deliveryState: z.enum(['delivered', 'read', 'failed']).nullable().describe("The relay's last receipt, if any"),
  deliveryStateAt: z.string().nullable(),
});

export const webhookCreateSchema = z
  .object({
    url: z
      .string()
      .max(500)
      .regex(/^https?:\/\/\S+$/, 'An http(s) URL')
      .describe('Where the events are posted'),
    events: z.array(z.enum(webhookEvents)).min(1).max(3).describe('case.created, case.status_changed, case.resolved'),
    entityCode: plain(40).optional().describe("Only this entity's cases; absent: every case (national, coordinators only)"),
  })
  .strict();

export const webhookSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  events: z.array(z.string()),
  entityCode: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});

export const webhookCreatedSchema = webhookSchema.extend({
  secret: z.string().describe('Shown this once: verify each delivery’s X-Tawasul-Signature with it'),
});

export const webhookIdParams = z.object({ id: z.coerce.number().int().positive() });

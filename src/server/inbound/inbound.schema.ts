/** The message a channel relay posts to `POST /api/v1/inbound/{channel}`. */
import { z } from 'zod';
import { caseTypes, languages } from '../../common/enums.ts';
import { plain, text } from '../../common/schemas/fields.ts';

export const relayChannels = ['whatsapp', 'social', 'email'] as const;
export type RelayChannel = (typeof relayChannels)[number];

export const inboundParamsSchema = z.object({ channel: z.enum(relayChannels).describe('The relay: whatsapp, social or email') });

export const inboundMessageSchema = z
  .object({
    messageId: plain(200).pipe(z.string().min(1)).describe("The provider's id of the message; a second message with the same id is refused"),
    from: z
      .object({
        phone: plain(40).optional().describe('Sender phone number (WhatsApp, SMS)'),
        email: plain(254).optional().describe('Sender email address'),
        name: text({ max: 200 }).optional().describe('Sender display name'),
        handle: plain(100).optional().describe('Sender handle on a social network'),
      })
      .strict(),
    conversationId: plain(200)
      .pipe(z.string().min(1))
      .optional()
      .describe("The relay's own conversation (or sender) id: answers to a new case go back there. Default: the sender's handle, phone or email"),
    subject: text({ max: 200 }).optional().describe('Email subject'),
    text: text({ max: 20000, multiline: true }).describe('The message text (an email: its plain-text part)'),
    language: z.enum(languages).optional().describe('Language, if the relay knows it; else guessed from the text'),
    type: z.enum(caseTypes).optional().describe('The kind of case, if the relay classified it'),
    location: z
      .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
      .strict()
      .optional()
      .describe('A location the sender shared (WhatsApp location message): routes the case by its area'),
  })
  .strict();
export type InboundMessage = z.infer<typeof inboundMessageSchema>;

export const inboundResultSchema = z.object({
  outcome: z.enum(['case_created', 'reply_added']),
  reference: z.string(),
  trackingUrl: z.string().optional().describe('For a new case: the link to send the sender'),
});
export type InboundResult = z.infer<typeof inboundResultSchema>;

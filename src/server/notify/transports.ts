import type { Logger } from 'pino';
import type { NotifyConfig } from '../config.ts';
import { ConsoleTransport } from './console.transport.ts';
import { EmailTransport } from './email.transport.ts';
import { SmsGatewayTransport } from './sms.transport.ts';
import type { Transports } from './transport.ts';

/**
 * The configured transports: SMTP and the SMS gateway when configured, else the log (without codes,
 * reset links or tokens, unless `reveal`: see ConsoleTransport).
 */
export function createTransports(config: NotifyConfig, log: Logger, reveal = false): Transports {
  return {
    email: config.smtpUrl ? new EmailTransport(config) : new ConsoleTransport(log, 'email', reveal),
    sms: config.sms.url ? new SmsGatewayTransport(config.sms) : new ConsoleTransport(log, 'sms', reveal),
  };
}

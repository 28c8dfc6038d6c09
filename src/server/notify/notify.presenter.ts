/** Presenters of the notification endpoints: whitelisted fields, addresses partly masked. */

/** `+97336001234` → `+973•••••234`; `fatima@example.com` → `f•••@example.com`. */
export function maskAddress(address: string): string {
  const at = address.indexOf('@');
  if (at > 0) return `${address[0]}•••${address.slice(at)}`;
  return address.length > 7 ? `${address.slice(0, 4)}•••••${address.slice(-3)}` : '•••';
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentParked(r: {
  id: number;
  message_id: string;
  channel: 'sms' | 'email' | 'relay' | 'webhook';
  address: string;
  language: 'ar' | 'en';
  template: string;
  reference: string | null;
  attempts: number;
  last_error: string | null;
  last_attempt_at: Date | string | null;
  created_at: Date | string;
}) {
  return {
    id: r.id,
    messageId: r.message_id,
    channel: r.channel,
    to: maskAddress(r.address),
    language: r.language,
    template: r.template,
    reference: r.reference,
    attempts: r.attempts,
    lastError: r.last_error,
    lastAttemptAt: iso(r.last_attempt_at),
    createdAt: iso(r.created_at)!,
  };
}

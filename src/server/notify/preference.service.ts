import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { errors } from '../http/errors.ts';
import type { preferencesBodySchema, preferencesResponseSchema } from './notify.schema.ts';
import type { PreferenceRepository } from './preference.repository.ts';

type Body = z.infer<typeof preferencesBodySchema>;
type Preferences = z.infer<typeof preferencesResponseSchema>;

/**
 * How people want to be told: a citizen picks SMS, email, answers by relay (WhatsApp, social
 * media) on the cases that came that way, or several (at least one they have an address for, or
 * the relay); a staff member picks every notice at once, or non-urgent ones in a daily digest.
 */
export class PreferenceService {
  constructor(private readonly repo: PreferenceRepository) {}

  async get(actor: Actor): Promise<Preferences> {
    if (actor.kind === 'anonymous') throw errors.unauthenticated();
    if (actor.kind === 'staff') return { kind: 'staff', delivery: (await this.repo.staff(actor.id)).notify_mode };
    const c = await this.repo.citizen(actor.id);
    return {
      kind: 'citizen',
      sms: c.notify_sms,
      email: c.notify_email,
      relay: c.notify_relay,
      language: c.language,
      available: { sms: c.phone !== null, email: c.email !== null },
    };
  }

  async set(actor: Actor, body: Body): Promise<Preferences> {
    if (actor.kind === 'anonymous') throw errors.unauthenticated();
    if (actor.kind === 'staff') {
      if (!('delivery' in body)) throw errors.field('delivery', 'required', 'Staff choose a delivery: instant or digest');
      await this.repo.setStaff(actor.id, body.delivery);
    } else {
      if (!('sms' in body)) throw errors.field('sms', 'required', 'Citizens choose sms and email');
      const c = await this.repo.citizen(actor.id);
      if (!((body.sms && c.phone) || (body.email && c.email) || body.relay === true)) {
        throw errors.field(body.sms ? 'email' : 'sms', 'no_channel_left', 'Keep at least one channel you have an address for');
      }
      await this.repo.setCitizen(actor.id, {
        notify_sms: body.sms,
        notify_email: body.email,
        ...(body.relay !== undefined ? { notify_relay: body.relay } : {}),
        ...(body.language ? { language: body.language } : {}),
      });
    }
    return this.get(actor);
  }
}

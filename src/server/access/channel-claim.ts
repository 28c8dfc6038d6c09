import type { CaseChannel } from '../../common/enums.ts';

/**
 * Who is filing a case, as far as its channel goes: a person at the public form (signed out or a
 * signed-in citizen), staff (a hotline agent, the counter), a channel relay that proved itself by
 * its signature, or an API client that showed its key.
 */
export type ChannelClaimant = 'public' | 'citizen' | 'staff' | 'relay' | 'api_client';

/**
 * Which submitters may say a case came in through each channel. The channel is not a label the
 * sender picks: it feeds the figures per channel, and "hotline" or "walk in" tells the entity that
 * staff took the case from the person (so contact details were heard, not typed by a stranger).
 * The public's own channels are the web form and the mobile app; the rest must be proved by who
 * sends them. An API client carries the channel an administrator gave its key.
 */
const claimants: Record<CaseChannel, readonly ChannelClaimant[]> = {
  web: ['public', 'citizen', 'staff', 'api_client'],
  mobile: ['public', 'citizen', 'api_client'],
  hotline: ['staff', 'api_client'],
  walk_in: ['staff', 'api_client'],
  email: ['relay', 'api_client'],
  whatsapp: ['relay', 'api_client'],
  social: ['relay', 'api_client'],
  open311: ['api_client'],
};

/** Whether a submitter may file a case saying it came in through `channel`. */
export function mayClaimChannel(claimant: ChannelClaimant, channel: CaseChannel): boolean {
  return claimants[channel].includes(claimant);
}

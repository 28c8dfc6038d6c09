/**
 * Followers: who is told of a case's public steps besides its own citizen. A person is one row per
 * case, keyed by their citizen account, else their phone, else their email.
 */
import type { Language } from '../../common/enums.ts';
import type { Tx } from '../db/database.ts';
import { SimilarRepository, type NewFollower } from './similar.repository.ts';

/** The key that makes following twice the same as following once. */
export function followerKey(p: { citizenId: number | null; phone: string | null; email: string | null }): string {
  if (p.citizenId !== null) return `c:${p.citizenId}`;
  if (p.phone) return `p:${p.phone}`;
  return `e:${p.email ?? ''}`;
}

/** A case's own reporter, as a follower of another case (when it is merged into that one). */
export function reporterAsFollower(c: {
  citizen_id: number | null;
  contact_phone: string | null;
  contact_email: string | null;
  language: Language;
}): NewFollower | null {
  const person = { citizenId: c.citizen_id, phone: c.contact_phone, email: c.contact_email };
  if (person.citizenId === null && !person.phone && !person.email) return null;
  return { key: followerKey(person), ...person, language: c.language, source: 'merged' };
}

/**
 * Merging a duplicate into a master: the duplicate's citizen and its followers follow the master
 * too (its followers stay on the duplicate, so they are told of the merge itself). Inside the
 * merge's transaction.
 */
export async function adoptFollowers(
  tx: Tx,
  duplicate: { id: number; citizen_id: number | null; contact_phone: string | null; contact_email: string | null; language: Language },
  master: { id: number; citizen_id: number | null; contact_phone: string | null; contact_email: string | null },
): Promise<void> {
  const repo = new SimilarRepository(tx);
  const existing = await repo.followers(tx, duplicate.id);
  const people = [
    reporterAsFollower(duplicate),
    ...existing.map((f) => ({
      key: f.follower_key,
      citizenId: f.citizen_id,
      phone: f.phone,
      email: f.email,
      language: f.language,
      source: 'merged' as const,
    })),
  ].filter((p): p is NewFollower => p !== null && !isReporter(p, master));
  await repo.addFollowers(tx, master.id, people);
}

/** Whether a person is the case's own reporter (who is told anyway and counts once). */
export function isReporter(
  p: { citizenId: number | null; phone: string | null; email: string | null },
  c: { citizen_id: number | null; contact_phone: string | null; contact_email: string | null },
): boolean {
  return (
    (p.citizenId !== null && p.citizenId === c.citizen_id) ||
    (p.phone !== null && p.phone === c.contact_phone) ||
    (p.email !== null && p.email === c.contact_email)
  );
}

import type { Kysely } from 'kysely';
import type { Language } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** Notification preference SQL; no rules. */
export class PreferenceRepository {
  constructor(private readonly db: Kysely<DB>) {}

  citizen(id: number) {
    return this.db.selectFrom('citizens').select(['notify_sms', 'notify_email', 'notify_relay', 'language', 'phone', 'email']).where('id', '=', id).executeTakeFirstOrThrow();
  }

  async setCitizen(id: number, prefs: { notify_sms: boolean; notify_email: boolean; notify_relay?: boolean; language?: Language }): Promise<void> {
    await this.db.updateTable('citizens').set(prefs).where('id', '=', id).execute();
  }

  staff(id: number) {
    return this.db.selectFrom('staff_users').select(['notify_mode', 'language']).where('id', '=', id).executeTakeFirstOrThrow();
  }

  async setStaff(id: number, mode: 'instant' | 'digest'): Promise<void> {
    await this.db.updateTable('staff_users').set({ notify_mode: mode }).where('id', '=', id).execute();
  }
}

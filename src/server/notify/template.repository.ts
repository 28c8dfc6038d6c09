import { sql, type Kysely } from 'kysely';
import type { Language } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';
import type { TemplateText } from './templates.ts';

/** Template override SQL; no rules. */
export class TemplateRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The override nearest to an entity (itself, else its parent, and so up), if any. */
  async nearest(entityId: number, template: string, language: Language, db: Kysely<DB> = this.db): Promise<TemplateText | undefined> {
    const r = await sql<TemplateText>`
      with recursive chain (id, parent_id, depth) as (
        select id, parent_id, 0 from entities where id = ${entityId}
        union all
        select e.id, e.parent_id, c.depth + 1 from entities e join chain c on e.id = c.parent_id where c.depth < 16
      )
      select t.subject, t.body, t.sms from chain c
      join notification_templates t on t.entity_id = c.id
      where t.template = ${template} and t.language = ${language}
      order by c.depth limit 1`.execute(db);
    return r.rows[0];
  }

  /** Every override an entity made itself. */
  ofEntity(entityId: number) {
    return this.db
      .selectFrom('notification_templates')
      .select(['template', 'language', 'subject', 'body', 'sms', 'updated_at'])
      .where('entity_id', '=', entityId)
      .execute();
  }

  one(entityId: number, template: string, language: Language, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('notification_templates')
      .select(['subject', 'body', 'sms'])
      .where('entity_id', '=', entityId)
      .where('template', '=', template)
      .where('language', '=', language)
      .executeTakeFirst();
  }

  async upsert(db: Kysely<DB>, entityId: number, template: string, language: Language, text: TemplateText, staffId: number): Promise<void> {
    const values = { ...text, updated_by: staffId, updated_at: new Date() };
    await db
      .insertInto('notification_templates')
      .values({ entity_id: entityId, template, language, ...values })
      .onConflict((oc) => oc.columns(['entity_id', 'template', 'language']).doUpdateSet(values))
      .execute();
  }

  async remove(db: Kysely<DB>, entityId: number, template: string, language: Language): Promise<void> {
    await db
      .deleteFrom('notification_templates')
      .where('entity_id', '=', entityId)
      .where('template', '=', template)
      .where('language', '=', language)
      .execute();
  }
}

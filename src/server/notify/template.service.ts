import type { Kysely } from 'kysely';
import { languages, type Language } from '../../common/enums.ts';
import type { FieldError } from '../../common/error-codes.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { smsSegmentsTarget, smsSize, type SmsSize } from './sms-segments.ts';
import type { TemplateRepository } from './template.repository.ts';
import { placeholdersOf, renderTemplate, type Params, type Rendered } from './template-render.ts';
import { isTemplateKey, sampleParams, templateKeys, templates, type TemplateKey, type TemplateText } from './templates.ts';

/** What the renderer needs of a message. */
export interface RenderRequest {
  template: string;
  language: Language;
  entityId: number | null;
  params: Params;
  reference: string | null;
}

/** A template as an administrator sees it: the default and their entity's wording per language. */
export interface TemplateView {
  key: TemplateKey;
  audience: string;
  params: string[];
  texts: Record<Language, { default: TemplateText; override: TemplateText | null; updatedAt: string | null }>;
}

/** A preview: the rendered message and how its SMS travels. */
export type Preview = Rendered & { smsSize: SmsSize };

/**
 * The wording of notifications: the defaults (templates.ts), each entity's own wording (nearest
 * entity up the tree wins), rendering with the standard links, and the administrators' edits.
 */
export class TemplateService {
  constructor(
    private readonly repo: TemplateRepository,
    private readonly audit: AuditRepository,
    private readonly db: Kysely<DB>,
    private readonly publicUrl: string,
    private readonly maxSmsSegments: number,
  ) {}

  /** The links every case message may use, from its reference; a message's own values win. */
  withLinks(params: Params, reference: string | null): Params {
    if (!reference) return params;
    const base = this.publicUrl;
    return {
      reference,
      trackingUrl: `${base}/track/${reference}`,
      rateUrl: `${base}/track/${reference}#rate`,
      caseUrl: `${base}/staff/cases/${reference}`,
      ...params,
      // A follower's resolution notice: their own rating page, never the case's.
      ...(typeof params.followerToken === 'string' ? { rateUrl: `${base}/rate/${params.followerToken}` } : {}),
    };
  }

  /** The texts that apply to a template for an entity. `db`: pass the transaction when inside one. */
  async texts(key: TemplateKey, language: Language, entityId: number | null, db: Kysely<DB> = this.db): Promise<TemplateText> {
    const own = entityId === null ? undefined : await this.repo.nearest(entityId, key, language, db);
    return own ?? templates[key].texts[language];
  }

  async render(m: RenderRequest, db: Kysely<DB> = this.db): Promise<Rendered> {
    if (!isTemplateKey(m.template)) throw new Error(`unknown notification template ${m.template}`);
    return renderTemplate(await this.texts(m.template, m.language, m.entityId, db), this.withLinks(m.params, m.reference), m.language, this.options);
  }

  /** An SMS's excerpt of the answer is fitted to two segments, or fewer where SMS_MAX_SEGMENTS says so. */
  private get options() {
    return { smsSegments: Math.min(smsSegmentsTarget, this.maxSmsSegments) };
  }

  /** Every template with the defaults and the actor's entity's wording. */
  async list(actor: StaffActor): Promise<TemplateView[]> {
    const own = await this.repo.ofEntity(actor.entityId);
    return templateKeys.map((key) => {
      const texts = {} as TemplateView['texts'];
      for (const language of languages) {
        const o = own.find((r) => r.template === key && r.language === language);
        texts[language] = {
          default: templates[key].texts[language],
          override: o ? { subject: o.subject, body: o.body, sms: o.sms } : null,
          updatedAt: o ? new Date(o.updated_at).toISOString() : null,
        };
      }
      return { key, audience: templates[key].audience, params: [...templates[key].params], texts };
    });
  }

  /** Sets the actor's entity's wording of a template; audited. */
  async save(actor: StaffActor, key: string, language: Language, text: TemplateText): Promise<void> {
    const k = this.known(key);
    this.check(k, text, language);
    await this.db.transaction().execute(async (tx) => {
      const before = await this.repo.one(actor.entityId, k, language, tx);
      await this.repo.upsert(tx, actor.entityId, k, language, text, actor.id);
      await this.audit.record(
        { actorStaffId: actor.id, action: 'notification_template.update', targetType: 'notification_template', targetId: `${actor.entityCode}:${k}:${language}`, before: before ?? null, after: text },
        tx,
      );
    });
  }

  /** Goes back to the default wording; audited. */
  async reset(actor: StaffActor, key: string, language: Language): Promise<void> {
    const k = this.known(key);
    await this.db.transaction().execute(async (tx) => {
      const before = await this.repo.one(actor.entityId, k, language, tx);
      if (!before) return;
      await this.repo.remove(tx, actor.entityId, k, language);
      await this.audit.record(
        { actorStaffId: actor.id, action: 'notification_template.reset', targetType: 'notification_template', targetId: `${actor.entityCode}:${k}:${language}`, before, after: null },
        tx,
      );
    });
  }

  /** Renders a template with sample values: the wording in force for the actor's entity, or a draft. */
  async preview(actor: StaffActor, key: string, language: Language, draft?: Partial<TemplateText>): Promise<Preview> {
    const k = this.known(key);
    const text = { ...(await this.texts(k, language, actor.entityId)), ...draft };
    if (draft) this.check(k, text, language);
    const rendered = renderTemplate(text, this.withLinks(sampleParams, sampleParams.reference as string), language, this.options);
    return { ...rendered, smsSize: smsSize(rendered.sms) };
  }

  private known(key: string): TemplateKey {
    if (!isTemplateKey(key)) throw errors.notFound('notification template');
    return key;
  }

  /** A wording may use only its template's placeholders, and its SMS must fit the segment limit. */
  private check(key: TemplateKey, text: TemplateText, language: Language): void {
    const allowed = new Set(templates[key].params);
    const problems: FieldError[] = [];
    for (const field of ['subject', 'body', 'sms'] as const) {
      const unknown = placeholdersOf(text[field]).filter((p) => !allowed.has(p));
      if (unknown.length) problems.push({ path: field, code: 'unknown_placeholder', message: `Unknown placeholder ${unknown.map((u) => `{${u}}`).join(', ')}` });
    }
    const sms = renderTemplate(text, this.withLinks(sampleParams, sampleParams.reference as string), language, this.options).sms;
    if (smsSize(sms).segments > this.maxSmsSegments) {
      problems.push({ path: 'sms', code: 'too_long', message: `With sample values the SMS takes more than ${this.maxSmsSegments} segments` });
    }
    if (problems.length) throw errors.validation(problems);
  }
}

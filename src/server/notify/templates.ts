/**
 * The notification templates: one per event, each in Arabic and English, as pure data. An entity's
 * administrators may reword a template for their entity (notification_templates); these are the
 * defaults. `{name}` is a placeholder; every placeholder a text uses is listed in `params`.
 */
import type { Language } from '../../common/enums.ts';

/** The three texts of a template in one language: an email subject and body, and an SMS. */
export interface TemplateText {
  subject: string;
  body: string;
  sms: string;
}

interface TemplateDef {
  /** Who receives it. */
  audience: 'citizen' | 'staff' | 'any';
  /** The placeholders the texts may use. */
  params: readonly string[];
  /** Params are secrets (codes, links): they are cleared from the outbox once sent and never shown. */
  sensitive?: boolean;
  texts: Record<Language, TemplateText>;
}

const define = <K extends string>(defs: Record<K, TemplateDef>) => defs;

/**
 * Every template. Keys are stable: they are stored on outbox rows and in admins' overrides. An SMS
 * carries the staff's answer as `{excerpt}`: as much of `{message}` as keeps it within two segments.
 */
export const templates = define({
  case_acknowledged: {
    audience: 'citizen',
    params: ['reference', 'trackingUrl', 'trackingCode', 'entity', 'firstAnswerBy', 'resolutionBy'],
    texts: {
      ar: {
        subject: 'تم استلام بلاغك رقم {reference}',
        body: 'شكراً لتواصلك معنا.\n\nاستلمنا بلاغك وأحلناه إلى {entity}.\nرقم البلاغ: {reference}\nرمز المتابعة: {trackingCode}\n\nموعد الرد الأول: بحلول {firstAnswerBy}\nموعد معالجة البلاغ: بحلول {resolutionBy}\n(محسوبة بأيام وساعات العمل الرسمية، ويتوقف العدّ أثناء انتظار معلومات منك)\n\nتابع حالة بلاغك من الرابط:\n{trackingUrl}\n\nأو أدخل رقم البلاغ ورمز المتابعة في صفحة المتابعة. احتفظ بهما للرجوع إليهما.',
        sms: 'تواصل: استلمنا بلاغك رقم {reference}، رمز المتابعة {trackingCode}: {trackingUrl}',
      },
      en: {
        subject: 'We received your case {reference}',
        body: 'Thank you for contacting us.\n\nWe received your case and passed it to {entity}.\nReference: {reference}\nTracking code: {trackingCode}\n\nFirst answer: by {firstAnswerBy}\nResolution: by {resolutionBy}\n(counted in working days and hours; the count stops while we wait for information from you)\n\nFollow it here:\n{trackingUrl}\n\nOr enter the reference and the tracking code on the tracking page. Please keep both for any enquiry.',
        sms: 'Tawasul: we received your case {reference}, tracking code {trackingCode}. Track it: {trackingUrl}',
      },
    },
  },
  info_requested: {
    audience: 'citizen',
    params: ['reference', 'message', 'excerpt', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'مطلوب معلومات إضافية عن بلاغك {reference}',
        body: 'تحتاج الجهة المختصة إلى معلومات إضافية لمتابعة بلاغك رقم {reference}:\n\n{message}\n\nيمكنك الرد من الرابط:\n{trackingUrl}',
        sms: 'تواصل: نحتاج معلومات عن بلاغك {reference}. {excerpt} للرد: {trackingUrl}',
      },
      en: {
        subject: 'More information needed on your case {reference}',
        body: 'The entity handling your case {reference} needs more information:\n\n{message}\n\nYou can answer here:\n{trackingUrl}',
        sms: 'Tawasul: we need more information on your case {reference}. {excerpt} Answer here: {trackingUrl}',
      },
    },
  },
  entity_replied: {
    audience: 'citizen',
    params: ['reference', 'message', 'excerpt', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'رد جديد على بلاغك {reference}',
        body: 'ردّت الجهة المختصة على بلاغك رقم {reference}:\n\n{message}\n\nتفاصيل البلاغ:\n{trackingUrl}',
        sms: 'تواصل: رد على بلاغك {reference}. {excerpt} التفاصيل: {trackingUrl}',
      },
      en: {
        subject: 'New reply on your case {reference}',
        body: 'The entity handling your case {reference} replied:\n\n{message}\n\nSee the case:\n{trackingUrl}',
        sms: 'Tawasul: new reply on your case {reference}. {excerpt} See the case: {trackingUrl}',
      },
    },
  },
  case_resolved: {
    audience: 'citizen',
    params: ['reference', 'message', 'excerpt', 'rateUrl'],
    texts: {
      ar: {
        subject: 'تمت معالجة بلاغك {reference}',
        body: 'أفادت الجهة المختصة بمعالجة بلاغك رقم {reference}:\n\n{message}\n\nنرجو تقييم الخدمة من الرابط:\n{rateUrl}\n\nإن لم تُحل المشكلة يمكنك إعادة فتح البلاغ من الرابط نفسه.',
        sms: 'تواصل: تمت معالجة بلاغك {reference}. {excerpt} للتقييم: {rateUrl}',
      },
      en: {
        subject: 'Your case {reference} has been resolved',
        body: 'The entity handling your case {reference} reports it resolved:\n\n{message}\n\nPlease rate the service:\n{rateUrl}\n\nIf the problem remains, you can reopen the case from the same page.',
        sms: 'Tawasul: your case {reference} is resolved. {excerpt} Rate the service: {rateUrl}',
      },
    },
  },
  survey_invitation: {
    audience: 'citizen',
    params: ['reference', 'rateUrl', 'expiresOn'],
    texts: {
      ar: {
        subject: 'رأيك في معالجة بلاغك {reference}',
        body: 'نرجو أن تخبرنا برأيك في معالجة بلاغك رقم {reference}: الرد عموماً، وسرعة المعالجة، والسرية، وسهولة الإجراءات، وهل حُلّت مشكلتك فعلاً.\n\nالاستبيان متاح حتى {expiresOn} من الرابط:\n{rateUrl}\n\nيستغرق أقل من دقيقة، ويساعد الجهات على تحسين خدماتها.',
        sms: 'تواصل: رأيك في معالجة بلاغك {reference} حتى {expiresOn}: {rateUrl}',
      },
      en: {
        subject: 'How did we handle your case {reference}?',
        body: 'Please tell us what you think of how your case {reference} was handled: the answer overall, the speed, confidentiality and simplicity of the processing, and whether your problem was actually solved.\n\nThe survey is open until {expiresOn}:\n{rateUrl}\n\nIt takes less than a minute and helps the entities improve their services.',
        sms: 'Tawasul: rate how your case {reference} was handled, until {expiresOn}: {rateUrl}',
      },
    },
  },
  case_rejected: {
    audience: 'citizen',
    params: ['reference', 'reason', 'message', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'تعذّر قبول بلاغك {reference}',
        body: 'نأسف، تعذّر قبول بلاغك رقم {reference}.\nالسبب: {reason}\n\n{message}\n\nتفاصيل البلاغ:\n{trackingUrl}',
        sms: 'تواصل: تعذّر قبول بلاغك {reference}. التفاصيل: {trackingUrl}',
      },
      en: {
        subject: 'Your case {reference} could not be accepted',
        body: 'We are sorry: your case {reference} could not be accepted.\nReason: {reason}\n\n{message}\n\nSee the case:\n{trackingUrl}',
        sms: 'Tawasul: your case {reference} could not be accepted. Details: {trackingUrl}',
      },
    },
  },
  case_reopened: {
    audience: 'citizen',
    params: ['reference', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'أُعيد فتح بلاغك {reference}',
        body: 'أُعيد فتح بلاغك رقم {reference} وسيتابعه الموظف المختص.\n\nتفاصيل البلاغ:\n{trackingUrl}',
        sms: 'تواصل: أُعيد فتح بلاغك {reference}. للمتابعة: {trackingUrl}',
      },
      en: {
        subject: 'Your case {reference} was reopened',
        body: 'Your case {reference} was reopened and will be followed up.\n\nSee the case:\n{trackingUrl}',
        sms: 'Tawasul: your case {reference} was reopened. Track it: {trackingUrl}',
      },
    },
  },
  case_transferred: {
    audience: 'citizen',
    params: ['reference', 'entity', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'أُحيل بلاغك {reference} إلى {entity}',
        body: 'أُحيل بلاغك رقم {reference} إلى {entity}، وهي الجهة التي تتابعه الآن.\n\nتفاصيل البلاغ:\n{trackingUrl}',
        sms: 'تواصل: بلاغك {reference} لدى {entity} الآن: {trackingUrl}',
      },
      en: {
        subject: 'Your case {reference} is now with {entity}',
        body: 'Your case {reference} was transferred to {entity}, which now handles it.\n\nSee the case:\n{trackingUrl}',
        sms: 'Tawasul: your case {reference} was transferred to {entity}, which now handles it. Track it: {trackingUrl}',
      },
    },
  },
  case_merged: {
    audience: 'citizen',
    params: ['reference', 'master', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'دُمج بلاغك {reference} مع البلاغ {master}',
        body: 'بلاغك رقم {reference} يتناول الموضوع نفسه الذي يتناوله البلاغ رقم {master}، فدمجناهما. ستتابع الجهة المختصة البلاغ {master}.\n\nتفاصيل بلاغك:\n{trackingUrl}',
        sms: 'تواصل: دُمج بلاغك {reference} مع البلاغ {master} وستتم متابعته هناك.',
      },
      en: {
        subject: 'Your case {reference} was merged into {master}',
        body: 'Your case {reference} concerns the same matter as case {master}, so the two were merged. The entity will follow up on {master}.\n\nSee your case:\n{trackingUrl}',
        sms: 'Tawasul: your case {reference} was merged into {master}, which will be followed up.',
      },
    },
  },
  suggestion_under_study: {
    audience: 'citizen',
    params: ['reference', 'message', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'اقتراحك {reference} قيد الدراسة',
        body: 'تدرس الجهة المختصة اقتراحك رقم {reference}، وسنبلغك بقرارها.\n\n{message}\n\nتفاصيل الاقتراح:\n{trackingUrl}',
        sms: 'تواصل: اقتراحك {reference} قيد الدراسة. للمتابعة: {trackingUrl}',
      },
      en: {
        subject: 'Your suggestion {reference} is under study',
        body: 'The entity is studying your suggestion {reference} and will tell you its decision.\n\n{message}\n\nSee the suggestion:\n{trackingUrl}',
        sms: 'Tawasul: your suggestion {reference} is under study. Track it: {trackingUrl}',
      },
    },
  },
  suggestion_accepted: {
    audience: 'citizen',
    params: ['reference', 'plan', 'unit', 'targetDate', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'قُبل اقتراحك {reference}',
        body: 'يسعدنا إبلاغك بقبول اقتراحك رقم {reference}.\n\nالإجراء المخطط: {plan}\nالجهة المنفذة: {unit}\nالموعد المستهدف: {targetDate}\n\nتفاصيل الاقتراح:\n{trackingUrl}',
        sms: 'تواصل: قُبل اقتراحك {reference}، والتنفيذ بحلول {targetDate}: {trackingUrl}',
      },
      en: {
        subject: 'Your suggestion {reference} was accepted',
        body: 'We are glad to tell you that your suggestion {reference} was accepted.\n\nPlanned action: {plan}\nCarried out by: {unit}\nTarget date: {targetDate}\n\nSee the suggestion:\n{trackingUrl}',
        sms: 'Tawasul: your suggestion {reference} was accepted, target date {targetDate}: {trackingUrl}',
      },
    },
  },
  suggestion_implemented: {
    audience: 'citizen',
    params: ['reference', 'message', 'rateUrl'],
    texts: {
      ar: {
        subject: 'نُفّذ اقتراحك {reference}',
        body: 'نفّذت الجهة المختصة اقتراحك رقم {reference}:\n\n{message}\n\nشكراً لمشاركتك. نرجو تقييم الخدمة من الرابط:\n{rateUrl}',
        sms: 'تواصل: نُفّذ اقتراحك {reference}. شكراً لمشاركتك: {rateUrl}',
      },
      en: {
        subject: 'Your suggestion {reference} was implemented',
        body: 'The entity has implemented your suggestion {reference}:\n\n{message}\n\nThank you for taking part. Please rate the service:\n{rateUrl}',
        sms: 'Tawasul: your suggestion {reference} was implemented. Thank you: {rateUrl}',
      },
    },
  },
  suggestion_declined: {
    audience: 'citizen',
    params: ['reference', 'reason', 'message', 'trackingUrl'],
    texts: {
      ar: {
        subject: 'نعتذر عن تنفيذ اقتراحك {reference}',
        body: 'شكراً لاقتراحك رقم {reference}. درسته الجهة المختصة واعتذرت عن تنفيذه.\nالسبب: {reason}\n\n{message}\n\nتفاصيل الاقتراح:\n{trackingUrl}',
        sms: 'تواصل: نعتذر عن تنفيذ اقتراحك {reference}. التفاصيل: {trackingUrl}',
      },
      en: {
        subject: 'Your suggestion {reference} was declined',
        body: 'Thank you for your suggestion {reference}. The entity studied it and has declined it.\nReason: {reason}\n\n{message}\n\nSee the suggestion:\n{trackingUrl}',
        sms: 'Tawasul: your suggestion {reference} was declined. Details: {trackingUrl}',
      },
    },
  },
  staff_assigned: {
    audience: 'staff',
    params: ['reference', 'caseUrl'],
    texts: {
      ar: {
        subject: 'أُسند إليك البلاغ {reference}',
        body: 'أُسند إليك البلاغ رقم {reference}.\n\n{caseUrl}',
        sms: 'تواصل: أُسند إليك البلاغ {reference}: {caseUrl}',
      },
      en: {
        subject: 'Case {reference} was assigned to you',
        body: 'Case {reference} was assigned to you.\n\n{caseUrl}',
        sms: 'Tawasul: case {reference} was assigned to you: {caseUrl}',
      },
    },
  },
  staff_citizen_replied: {
    audience: 'staff',
    params: ['reference', 'message', 'caseUrl'],
    texts: {
      ar: {
        subject: 'ردّ مقدم البلاغ {reference}',
        body: 'أضاف مقدم البلاغ رقم {reference} رداً:\n\n{message}\n\n{caseUrl}',
        sms: 'تواصل: ردّ مقدم البلاغ {reference}: {caseUrl}',
      },
      en: {
        subject: 'The citizen replied on case {reference}',
        body: 'The citizen who filed case {reference} replied:\n\n{message}\n\n{caseUrl}',
        sms: 'Tawasul: the citizen replied on case {reference}: {caseUrl}',
      },
    },
  },
  staff_case_reopened: {
    audience: 'staff',
    params: ['reference', 'message', 'caseUrl'],
    texts: {
      ar: {
        subject: 'أُعيد فتح البلاغ {reference}',
        body: 'أُعيد فتح البلاغ رقم {reference}:\n\n{message}\n\n{caseUrl}',
        sms: 'تواصل: أُعيد فتح البلاغ {reference}: {caseUrl}',
      },
      en: {
        subject: 'Case {reference} was reopened',
        body: 'Case {reference} was reopened:\n\n{message}\n\n{caseUrl}',
        sms: 'Tawasul: case {reference} was reopened: {caseUrl}',
      },
    },
  },
  staff_sla_warning: {
    audience: 'staff',
    params: ['reference', 'dueAt', 'caseUrl'],
    texts: {
      ar: {
        subject: 'تنبيه: يقترب موعد البلاغ {reference}',
        body: 'يقترب الموعد المستهدف للبلاغ رقم {reference}: {dueAt}.\n\n{caseUrl}',
        sms: 'تواصل: يقترب موعد البلاغ {reference} ({dueAt}): {caseUrl}',
      },
      en: {
        subject: 'Warning: case {reference} is nearly due',
        body: 'The target time of case {reference} is close: {dueAt}.\n\n{caseUrl}',
        sms: 'Tawasul: case {reference} is nearly due ({dueAt}): {caseUrl}',
      },
    },
  },
  staff_escalated: {
    audience: 'staff',
    params: ['reference', 'level', 'dueAt', 'caseUrl'],
    texts: {
      ar: {
        subject: 'تصعيد البلاغ {reference}',
        body: 'صُعّد إليك البلاغ رقم {reference} لتجاوزه الموعد المستهدف ({dueAt}).\nمستوى التصعيد: {level}\n\n{caseUrl}',
        sms: 'تواصل: صُعّد إليك البلاغ {reference} (المستوى {level}): {caseUrl}',
      },
      en: {
        subject: 'Case {reference} escalated',
        body: 'Case {reference} was escalated to you: it passed its target time ({dueAt}).\nEscalation level: {level}\n\n{caseUrl}',
        sms: 'Tawasul: case {reference} escalated to you (level {level}): {caseUrl}',
      },
    },
  },
  staff_transferred: {
    audience: 'staff',
    params: ['reference', 'fromEntity', 'reason', 'caseUrl'],
    texts: {
      ar: {
        subject: 'أُحيل إلى جهتكم البلاغ {reference}',
        body: 'أحالت {fromEntity} البلاغ رقم {reference} إلى جهتكم.\nسبب الإحالة: {reason}\n\n{caseUrl}',
        sms: 'تواصل: أُحيل إلى جهتكم البلاغ {reference}: {caseUrl}',
      },
      en: {
        subject: 'Case {reference} was transferred to your entity',
        body: '{fromEntity} transferred case {reference} to your entity.\nReason: {reason}\n\n{caseUrl}',
        sms: 'Tawasul: case {reference} was transferred to your entity: {caseUrl}',
      },
    },
  },
  staff_digest: {
    audience: 'staff',
    params: ['count', 'items'],
    texts: {
      ar: {
        subject: 'ملخص تواصل اليومي (عدد الإشعارات: {count})',
        body: 'إشعارات اليوم غير العاجلة:\n\n{items}',
        sms: 'تواصل: ملخصك اليومي جاهز (عدد الإشعارات: {count}).',
      },
      en: {
        subject: 'Your Tawasul daily summary (notifications: {count})',
        body: "Today's non-urgent notifications:\n\n{items}",
        sms: 'Tawasul: your daily summary is ready (notifications: {count}).',
      },
    },
  },
  monthly_report: {
    audience: 'staff',
    params: ['entity', 'month', 'received', 'resolved', 'compliance', 'nationalCompliance', 'rating', 'nationalRating'],
    texts: {
      ar: {
        subject: 'تقرير الأداء الشهري — {entity} — {month}',
        body: 'مرحباً،\n\nمرفق تقرير مؤشرات الأداء لـ{entity} عن شهر {month}.\n\nالطلبات المستلمة: {received}\nالطلبات المحلولة: {resolved}\nالالتزام بمدة الحل: {compliance} (المعدل الوطني: {nationalCompliance})\nمتوسط التقييم: {rating} من 5 (المعدل الوطني: {nationalRating})\n\nالتفاصيل في الملف المرفق.',
        sms: 'تواصل: أُرسل تقرير {entity} لشهر {month} إلى بريدك الإلكتروني.',
      },
      en: {
        subject: 'Monthly performance report — {entity} — {month}',
        body: 'Hello,\n\nAttached is the performance report of {entity} for {month}.\n\nCases received: {received}\nCases resolved: {resolved}\nResolution compliance: {compliance} (national: {nationalCompliance})\nMean rating: {rating} of 5 (national: {nationalRating})\n\nThe attached workbook has the details.',
        sms: 'Tawasul: the {month} report of {entity} was sent to your email.',
      },
    },
  },
  monthly_report_national: {
    audience: 'staff',
    params: ['month', 'entities', 'received', 'resolved', 'compliance', 'rating'],
    texts: {
      ar: {
        subject: 'التقرير الوطني الشهري لمؤشرات الأداء — {month}',
        body: 'مرحباً،\n\nمرفق التقرير الوطني لمؤشرات الأداء عن شهر {month} (عدد الجهات: {entities}).\n\nالطلبات المستلمة: {received}\nالطلبات المحلولة: {resolved}\nالالتزام بمدة الحل: {compliance}\nمتوسط التقييم: {rating} من 5\n\nالتفاصيل وترتيب الجهات في الملف المرفق.',
        sms: 'تواصل: أُرسل التقرير الوطني لشهر {month} إلى بريدك الإلكتروني.',
      },
      en: {
        subject: 'National monthly performance report — {month}',
        body: 'Hello,\n\nAttached is the national performance report for {month} ({entities} entities).\n\nCases received: {received}\nCases resolved: {resolved}\nResolution compliance: {compliance}\nMean rating: {rating} of 5\n\nThe attached workbook has the details and the ranking of the entities.',
        sms: 'Tawasul: the national report for {month} was sent to your email.',
      },
    },
  },
  otp_code: {
    audience: 'any',
    params: ['code', 'minutes'],
    sensitive: true,
    texts: {
      ar: {
        subject: 'رمز الدخول إلى تواصل',
        body: 'رمز الدخول الخاص بك: {code}\n\nصالح لمدة {minutes} دقائق. لا تشاركه مع أحد.',
        sms: 'رمز الدخول إلى تواصل: {code}. صالح لمدة {minutes} دقائق. لا تشاركه مع أحد.',
      },
      en: {
        subject: 'Your Tawasul sign-in code',
        body: 'Your sign-in code: {code}\n\nIt is valid for {minutes} minutes. Do not share it with anyone.',
        sms: 'Tawasul sign-in code: {code}. Valid for {minutes} minutes. Do not share it.',
      },
    },
  },
  password_reset: {
    audience: 'staff',
    params: ['name', 'link'],
    sensitive: true,
    texts: {
      ar: {
        subject: 'إعادة تعيين كلمة المرور في تواصل',
        body: 'مرحباً {name}،\n\nلإعادة تعيين كلمة المرور افتح الرابط التالي خلال 30 دقيقة، مرة واحدة:\n{link}\n\nإن لم تطلب ذلك فتجاهل هذه الرسالة.',
        sms: 'تواصل: رابط إعادة تعيين كلمة المرور: {link}',
      },
      en: {
        subject: 'Reset your Tawasul password',
        body: 'Hello {name},\n\nTo reset your password, open this link within 30 minutes (it works once):\n{link}\n\nIf you did not ask for this, ignore this message.',
        sms: 'Tawasul: password reset link: {link}',
      },
    },
  },
});

export type TemplateKey = keyof typeof templates;

/** Every template key, in definition order. */
export const templateKeys = Object.keys(templates) as TemplateKey[];

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(templates, key);
}

/** Example values for previews and tests: realistic lengths, an Arabic reply, HTML-looking text. */
export const sampleParams: Record<string, string | { ar: string; en: string }> = {
  reference: '26-0000042-5',
  master: '26-0000017-7',
  trackingUrl: 'https://tawasul.example/track/26-0000042-5?token=Vb3kq9ZsXw2LmN8pRt5yHa',
  trackingCode: 'K7QX4M',
  rateUrl: 'https://tawasul.example/track/26-0000042-5#rate',
  caseUrl: 'https://tawasul.example/staff/cases/26-0000042-5',
  link: 'https://tawasul.example/staff/reset?token=2fJk9sLq0wXbVn3mZt7yRcPa5dHe1uGi',
  entity: { ar: 'بلدية المحرق', en: 'Muharraq Municipality' },
  fromEntity: { ar: 'أمانة العاصمة', en: 'Capital Trusteeship' },
  message: { ar: 'تم إرسال فريق الصيانة إلى الموقع <وسيتم> استبدال المصباح خلال يومين.', en: 'A maintenance team went to the site <and will> replace the lamp within two days.' },
  reason: { ar: 'خارج اختصاص الجهة', en: "Outside this entity's remit" },
  plan: 'تركيب إنارة إضافية على طول الممشى وصيانة المقاعد',
  unit: { ar: 'إدارة الحدائق العامة', en: 'Public Parks Directorate' },
  targetDate: '2027-03-31',
  dueAt: '2026-12-01 13:00',
  firstAnswerBy: { ar: 'الأحد، 20 ديسمبر', en: 'Sunday 20 December' },
  resolutionBy: { ar: 'الخميس، 31 ديسمبر', en: 'Thursday 31 December' },
  expiresOn: { ar: 'الأحد، 14 ديسمبر', en: 'Sunday 14 December' },
  level: '2',
  count: '3',
  items: '• 26-0000042-5\n• 26-0000043-0\n• 26-0000044-9',
  code: '482913',
  minutes: '10',
  name: 'فاطمة علي',
  month: '2026-10',
  entities: '5',
  received: '1240',
  resolved: '1102',
  compliance: '91.5%',
  nationalCompliance: '88.25%',
  rating: '4.1',
  nationalRating: '3.92',
};

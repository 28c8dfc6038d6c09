import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Language } from '../../../../common/enums.ts';
import type { ServiceAttribute } from '../../../api/catalogue.api.ts';
import { formatDateTime, formatList, formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useService } from '../../catalogue/useServices.ts';
import classes from './facts.module.css';

/** One stored answer in words: list keys by their names, numbers and dates in the language's form. */
function describe(value: unknown, question: ServiceAttribute | undefined, local: (b: Bilingual) => string, lng: Language): string {
  const nameOf = (key: string) => {
    const v = question?.values.find((x) => x.key === key);
    return v ? local(v.name) : key;
  };
  if (Array.isArray(value)) return formatList(value.map((v) => nameOf(String(v))), lng);
  if (typeof value === 'number') return formatNumber(value, lng);
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (question?.datatype === 'datetime' && !Number.isNaN(Date.parse(value))) return formatDateTime(value, lng);
  return question?.values.length ? nameOf(value) : value;
}

/** The answers to the service's extra questions, labelled with the questions (or their codes while the service loads). */
export function CaseAnswers({ serviceCode, attributes }: { serviceCode: string; attributes: Record<string, unknown> }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const service = useService(serviceCode);
  const lng = currentLanguage();
  const entries = Object.entries(attributes);
  if (!entries.length) return null;
  const questions = service.data?.attributes ?? [];
  return (
    <>
    <dl className={classes.facts} data-testid="case-answers">
      {entries.map(([code, value]) => {
        const q = questions.find((x) => x.code === code);
        return (
          <div key={code}>
            <dt>{q ? local(q.name) : code}</dt>
            <dd>
              <Text fz="sm" dir="auto" component="span">
                {describe(value, q, local, lng)}
              </Text>
            </dd>
          </div>
        );
      })}
    </dl>
      {service.isError && (
        <Text fz="xs" c="dimmed">
          {t('staff.case.questionsUnavailable')}
        </Text>
      )}
    </>
  );
}

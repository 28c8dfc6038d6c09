import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeArabic } from '../../../../common/arabic.ts';
import { caseReplyTemplates, type RenderedReply } from '../../../api/replies.api.ts';

/** The reply texts of a case, filled in for it in its language (one request per case, kept a minute). */
export function useCaseReplyTemplates(reference: string, enabled = true) {
  return useQuery({ queryKey: ['reply-templates', reference], queryFn: ({ signal }) => caseReplyTemplates(reference, signal), enabled, staleTime: 60_000 });
}

/** Search by name and text, Arabic-aware (hamza and alef forms, ta marbuta, diacritics, Arabic-Indic digits). */
export function replyFilter(templates: RenderedReply[]): OptionsFilter {
  const byId = new Map(templates.map((t) => [String(t.id), t]));
  return ({ options, search }) => {
    const q = normalizeArabic(search);
    if (!q) return options;
    const matches = (o: ComboboxItem) => {
      const t = byId.get(o.value);
      return normalizeArabic(`${o.label} ${t?.body ?? ''}`).includes(q);
    };
    return options
      .map((o) => ('group' in o ? { ...o, items: o.items.filter((i) => matches(i as ComboboxItem)) } : o))
      .filter((o) => ('group' in o ? o.items.length > 0 : matches(o as ComboboxItem)));
  };
}

/** The picker's choices: the entity's own texts first, then the national ones. */
export function replyOptions(templates: RenderedReply[], labels: { own: string; national: string }) {
  const item = (t: RenderedReply) => ({ value: String(t.id), label: t.name });
  return [
    { group: labels.own, items: templates.filter((t) => !t.national).map(item) },
    { group: labels.national, items: templates.filter((t) => t.national).map(item) },
  ].filter((g) => g.items.length > 0);
}

interface Props {
  reference: string;
  /** A text was picked: its body (filled in server-side, in the case's language) goes into the text box. */
  onPick: (template: RenderedReply) => void;
}

/**
 * A searchable list of the reply texts the case may be answered with. Picking one hands its filled-in
 * text to the form for editing before it is sent; the form sends the text's id, and the server
 * counts the use.
 */
export function TemplatePicker({ reference, onPick }: Props) {
  const { t } = useTranslation();
  const query = useCaseReplyTemplates(reference);
  const [value, setValue] = useState<string | null>(null);
  const templates = query.data ?? [];
  if (query.isSuccess && templates.length === 0) return null;
  return (
    <Select
      label={t('replyTemplates.label')}
      description={t('replyTemplates.hint')}
      placeholder={query.isPending ? t('replyTemplates.loading') : t('replyTemplates.placeholder')}
      data={replyOptions(templates, { own: t('replyTemplates.own'), national: t('replyTemplates.national') })}
      filter={replyFilter(templates)}
      searchable
      clearable
      nothingFoundMessage={t('replyTemplates.none')}
      value={value}
      onChange={(id) => {
        setValue(id);
        const picked = templates.find((x) => String(x.id) === id);
        if (picked) onPick(picked);
      }}
      error={query.isError ? t('replyTemplates.failed') : undefined}
      disabled={query.isPending}
      comboboxProps={{ withinPortal: true }}
      data-testid="template-picker"
    />
  );
}

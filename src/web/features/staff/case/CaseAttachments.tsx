import { Anchor, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffCase } from '../../../api/cases.api.ts';
import { FileIcon } from '../../../components/icons.tsx';
import { formatBytes } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';

/** Browsers draw these inline; HEIC and PDF are offered as links. */
const drawable = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The case's files: photos shown (each opens full size), other files linked. Same-origin, the session cookie authorises them. */
export function CaseAttachments({ files }: { files: StaffCase['attachments'] }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  if (!files.length) return <Text c="dimmed">{t('staff.case.noAttachments')}</Text>;
  const images = files.filter((f) => drawable.has(f.mediaType));
  const others = files.filter((f) => !drawable.has(f.mediaType));
  const name = (f: (typeof files)[number], i: number) => f.fileName ?? t('track.attachment', { n: i + 1, size: formatBytes(f.sizeBytes, lng) });
  return (
    <Stack gap="sm" data-testid="attachments">
      {images.length > 0 && (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {images.map((f, i) => (
            <Anchor key={f.id} href={f.url} target="_blank" rel="noopener" aria-label={t('staff.case.openImage', { name: name(f, i) })}>
              <Image src={f.url} alt={t('staff.case.imageAlt', { name: name(f, i) })} radius="sm" h={140} fit="cover" data-testid="attachment-image" />
            </Anchor>
          ))}
        </SimpleGrid>
      )}
      {others.map((f, i) => (
        <Group key={f.id} gap="xs" wrap="nowrap">
          <FileIcon size={20} />
          <Anchor href={f.url} target="_blank" rel="noopener" fz="sm" dir="auto" data-testid="attachment-link">
            {name(f, images.length + i)}
          </Anchor>
          <Text fz="xs" c="dimmed">
            {formatBytes(f.sizeBytes, lng)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

import { CloseButton, Group, Image, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileIcon } from '../../../components/icons.tsx';
import { formatBytes } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';

/** A chosen file: a thumbnail for images, an icon for PDFs, with its size and a remove button. */
export function PhotoPreview({ file, onRemove }: { file: File; onRemove: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string>();
  const isImage = file.type.startsWith('image/') && file.type !== 'image/heic' && file.type !== 'image/heif';
  useEffect(() => {
    if (!isImage) return;
    const objectUrl = URL.createObjectURL(file);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file, isImage]);
  return (
    <Paper withBorder p="xs" data-testid="photo-preview">
      <Group gap="sm" wrap="nowrap">
        {url ? (
          <Image src={url} alt={t('submit.photos.previewAlt', { name: file.name })} w={64} h={64} fit="cover" radius="sm" />
        ) : (
          <FileIcon size={40} />
        )}
        <div style={{ flex: 1, minInlineSize: 0 }}>
          <Text fz="sm" truncate="end" dir="auto">
            {file.name}
          </Text>
          <Text fz="xs" c="dimmed">
            {formatBytes(file.size, currentLanguage())}
          </Text>
        </div>
        <CloseButton onClick={onRemove} aria-label={t('submit.photos.remove', { name: file.name })} />
      </Group>
    </Paper>
  );
}

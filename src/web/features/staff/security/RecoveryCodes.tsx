import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The ten recovery codes of a new second factor, shown once: copy them, download them as a text
 * file, then go on. Each code works once in place of a code from the app.
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const text = `${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'tawasul-recovery-codes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack gap="md" data-testid="recovery-codes">
      <Title order={2} fz="h3">
        {t('staff.secondFactor.codesTitle')}
      </Title>
      <Alert color="yellow" variant="light">
        {t('staff.secondFactor.codesIntro')}
      </Alert>
      <SimpleGrid cols={2} spacing="xs" dir="ltr">
        {codes.map((c) => (
          <Code key={c} fz="md">
            {c}
          </Code>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('staff.secondFactor.copied') : t('staff.secondFactor.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="light" onClick={download}>
          {t('staff.secondFactor.download')}
        </Button>
      </Group>
      <Text fz="sm" c="dimmed">
        {t('staff.secondFactor.codesOnce')}
      </Text>
      <Button onClick={onDone} data-testid="recovery-codes-saved">
        {t('staff.secondFactor.saved')}
      </Button>
    </Stack>
  );
}

import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n/i18n.ts';
import { GlobeIcon } from './icons.tsx';

/** Switches between Arabic and English; the button names the other language in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLanguage() === 'ar' ? 'en' : 'ar';
  return (
    <Button
      variant="subtle"
      color="brand"
      size="compact-md"
      leftSection={<GlobeIcon size={18} />}
      onClick={() => void changeLanguage(other)}
      lang={other}
      data-testid="language-switch"
    >
      {t('language.other')}
    </Button>
  );
}

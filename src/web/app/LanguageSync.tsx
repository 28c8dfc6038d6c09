import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps Mantine's direction and `<html lang dir>` in step with the language. */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    const dir = i18n.dir(i18n.resolvedLanguage);
    setDirection(dir);
    document.documentElement.lang = i18n.resolvedLanguage ?? 'ar';
    document.documentElement.dir = dir;
  }, [i18n, i18n.resolvedLanguage, setDirection]);
  return null;
}

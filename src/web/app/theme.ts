import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A deep teal: white text on shades 6–9 passes WCAG AA. */
const brand: MantineColorsTuple = [
  '#e6f4f1',
  '#cce7e1',
  '#99cfc3',
  '#66b6a5',
  '#339e87',
  '#1a8a72',
  '#0b6b57',
  '#0b5d4b',
  '#084a3c',
  '#05362c',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  colors: { brand },
  fontFamily: '"Noto Sans Arabic", "Noto Sans", "Segoe UI", Tahoma, system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans Arabic", "Noto Sans", "Segoe UI", Tahoma, system-ui, sans-serif' },
  defaultRadius: 'md',
  cursorType: 'pointer',
});

/**
 * Contrast: Mantine's default dimmed grey, error red and placeholder are below WCAG AA on white;
 * these pass (≥ 4.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#555d66',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-placeholder': '#6b737b',
  },
  dark: {},
});

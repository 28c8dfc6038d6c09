/** A path inside this site to go to after signing in; anything else (another origin, `//host`) is dropped. */
export function safeNext(value: string | null, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

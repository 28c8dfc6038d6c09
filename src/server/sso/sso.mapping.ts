import type { SsoRoleRule } from './sso.config.ts';

/**
 * The groups a claim lists: an array of strings, or one string (some providers send a single group
 * as a string, or several separated by spaces or commas). Anything else counts as no group.
 */
export function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((g): g is string => typeof g === 'string' && g.length > 0);
  if (typeof claim === 'string') return claim.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * The rule that decides a person's place: the first, in the configured order, whose group they
 * have; undefined when none does (they are refused, and an account already provisioned is disabled).
 */
export function matchRule(rules: readonly SsoRoleRule[], groups: readonly string[]): SsoRoleRule | undefined {
  const have = new Set(groups);
  return rules.find((r) => have.has(r.group));
}

/**
 * Where the browser goes after signing in: a path of the staff workspace it asked for, or the
 * workspace's start. Never another site (`//host`, `/\host`) nor outside the workspace.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 500) return '/staff';
  if (!/^\/staff(?:[/?#]|$)/.test(next)) return '/staff';
  // Backslashes, spaces and control characters, and a `//` that a browser could read as another host.
  if (/[\\\s]|\/\//.test(next) || [...next].some((c) => c.charCodeAt(0) < 0x20)) return '/staff';
  return next;
}

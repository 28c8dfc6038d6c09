import { useEffect, type RefObject } from 'react';

const TYPING = 'input, textarea, select, [contenteditable="true"], [role="textbox"]';

/**
 * Keyboard navigation of a list of cases: J / K (by key position, so an Arabic keyboard works too)
 * anywhere outside a text field, or ↓ / ↑ inside the list, move focus between the rows' links;
 * Enter, on a link, opens the case.
 */
export function useListKeys(listRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const list = listRef.current;
      const target = e.target as HTMLElement | null;
      if (!list || target?.closest(TYPING)) return;
      const inList = Boolean(target && list.contains(target));
      const down = e.code === 'KeyJ' || (inList && e.key === 'ArrowDown');
      const up = e.code === 'KeyK' || (inList && e.key === 'ArrowUp');
      if (!down && !up) return;
      const links = [...list.querySelectorAll<HTMLElement>('[data-row-link]')];
      if (!links.length) return;
      const current = links.findIndex((link) => link.closest('[data-row]')?.contains(document.activeElement));
      const next = current < 0 ? 0 : Math.min(links.length - 1, Math.max(0, current + (down ? 1 : -1)));
      e.preventDefault();
      links[next]!.focus();
      links[next]!.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [listRef]);
}

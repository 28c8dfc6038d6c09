import { useState } from 'react';
import type { CaseListItem } from '../../../api/cases.api.ts';

/** The inbox's selection for bulk work, as the table and the bar read it. */
export interface BulkSelection {
  /** The selected cases among those shown, in the list's order, with the version the list showed. */
  items: CaseListItem[];
  isSelected: (reference: string) => boolean;
  toggle: (reference: string) => void;
  /** Every case shown is selected. */
  all: boolean;
  /** Selects every case shown, or, when all are, none. */
  toggleAll: () => void;
  /** Selects exactly these (those still shown). */
  select: (references: string[]) => void;
  clear: () => void;
}

/**
 * Which of the shown cases are selected. A case that leaves the list (a filter changed, it was
 * transferred out) drops out of the selection by itself: only shown cases can be sent.
 */
export function useBulkSelection(shown: CaseListItem[]): BulkSelection {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const items = shown.filter((c) => picked.has(c.reference));
  const all = shown.length > 0 && items.length === shown.length;
  return {
    items,
    isSelected: (reference) => picked.has(reference),
    toggle: (reference) =>
      setPicked((prev) => {
        const next = new Set(prev);
        if (!next.delete(reference)) next.add(reference);
        return next;
      }),
    all,
    toggleAll: () => setPicked(all ? new Set() : new Set(shown.map((c) => c.reference))),
    select: (references) => setPicked(new Set(references)),
    clear: () => setPicked(new Set()),
  };
}

import { emptyDraft, type Draft } from '../../components/case-form/draft.ts';

const KEY = 'tawasul.submit.draft';

/**
 * The form being filled in, kept for this tab so Back, a reload or a lost connection does not
 * lose it. Files are not kept (a browser cannot store them here); they are chosen again.
 */
export function saveDraft(draft: Draft): void {
  try {
    const { files: _files, ...rest } = draft;
    sessionStorage.setItem(KEY, JSON.stringify(rest));
  } catch {
    // Without storage the form still works; only a reload loses it.
  }
}

export function loadDraft(): Draft | undefined {
  try {
    const text = sessionStorage.getItem(KEY);
    if (!text) return undefined;
    const stored = JSON.parse(text) as Partial<Draft>;
    const base = emptyDraft();
    return { ...base, ...stored, location: { ...base.location, ...stored.location }, contact: { ...base.contact, ...stored.contact }, files: [] };
  } catch {
    return undefined;
  }
}

/** After the receipt, or when a new form is started. */
export function clearDraft(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}

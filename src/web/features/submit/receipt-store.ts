import type { CaseReceipt } from '../../api/cases.api.ts';

const key = (reference: string) => `tawasul.receipt.${reference}`;

/** Keeps a receipt for this tab, so reloading the receipt page still shows the tracking link. */
export function saveReceipt(receipt: CaseReceipt): void {
  try {
    sessionStorage.setItem(key(receipt.reference), JSON.stringify(receipt));
  } catch {
    // Without storage the receipt is still on screen once.
  }
}

export function loadReceipt(reference: string): CaseReceipt | undefined {
  try {
    const text = sessionStorage.getItem(key(reference));
    return text ? (JSON.parse(text) as CaseReceipt) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes ASCII digits as Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩), as a phone keyboard in Arabic would. */
export function toArabicIndic(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

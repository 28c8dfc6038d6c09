import { describe, expect, it } from 'vitest';
import ar from '../../src/web/i18n/ar.json' with { type: 'json' };
import en from '../../src/web/i18n/en.json' with { type: 'json' };

// A suggestion's states read the same in the workspace and on the citizen's tracking page (the
// plan panel, shared by both, shows the citizen wording; the staff badge shows the staff one).
const suggestionStates = ['under_study', 'accepted', 'implemented', 'declined'] as const;

describe("a suggestion's state labels", () => {
  for (const [language, locale] of [['ar', ar], ['en', en]] as const) {
    it(`are the same for staff and citizens in ${language}`, () => {
      for (const s of suggestionStates) {
        expect(locale.staff.status[s], s).toBe(locale.case.status[s]);
        expect(locale.case.status[s], s).not.toBe('');
      }
    });
  }
});

import type { TFunction } from 'i18next';
import type { PublicationState, PublicSuggestionState } from '../../../common/schemas/public-suggestion.schema.ts';

/** A published suggestion's state, as the public board words it. */
export function suggestionStateLabel(t: TFunction, state: PublicSuggestionState): string {
  switch (state) {
    case 'received':
      return t('suggestions.state.received');
    case 'under_study':
      return t('suggestions.state.under_study');
    case 'accepted':
      return t('suggestions.state.accepted');
    case 'in_progress':
      return t('suggestions.state.in_progress');
    case 'implemented':
      return t('suggestions.state.implemented');
    case 'declined':
      return t('suggestions.state.declined');
    case 'closed':
      return t('suggestions.state.closed');
  }
}

/** Where a request to publish stands, for staff. */
export function publicationStateLabel(t: TFunction, state: PublicationState): string {
  switch (state) {
    case 'pending':
      return t('suggestions.moderation.state.pending');
    case 'published':
      return t('suggestions.moderation.state.published');
    case 'refused':
      return t('suggestions.moderation.state.refused');
  }
}

import type { CaseType, Governorate } from '../../../common/enums.ts';

/** The case form as it is filled in (by the citizen, or an agent for a caller): raw typed values, converted only when sent. */
export interface Draft {
  type?: CaseType;
  serviceCode?: string;
  title: string;
  description: string;
  /** Answers by question code: text as typed, or the chosen keys of a multi-value list. */
  attributes: Record<string, string | string[]>;
  location: DraftLocation;
  files: File[];
  anonymous: boolean;
  /** A suggestion only: the citizen asks that its text be shown publicly, after staff review. */
  public?: boolean;
  contact: { name: string; phone: string; email: string };
}

export interface DraftLocation {
  lat?: number;
  lng?: number;
  governorate: Governorate | '';
  area: string;
  block: string;
  road: string;
  building: string;
  address: string;
  /** The citizen confirmed a point the server found outside every area or near a boundary. */
  confirmed?: boolean;
}

export function emptyDraft(serviceCode?: string): Draft {
  return {
    serviceCode,
    title: '',
    description: '',
    attributes: {},
    location: { governorate: '', area: '', block: '', road: '', building: '', address: '' },
    files: [],
    anonymous: false,
    contact: { name: '', phone: '', email: '' },
  };
}

/**
 * The parts of the form, in the order the citizen's steps take them. "describe" (what happened,
 * with suggested services) opens the form when no service was chosen beforehand; steps with
 * nothing to ask are skipped (see visibleSteps in the submit feature).
 */
export const steps = ['describe', 'type', 'service', 'details', 'location', 'photos', 'contact', 'review'] as const;
export type StepId = (typeof steps)[number];

/** The step that holds a field, so an error sends the citizen back to the right place. */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  switch (head) {
    case 'type':
      return 'type';
    case 'serviceCode':
      return 'service';
    case 'title':
    case 'description':
    case 'attributes':
    case 'public':
      return 'details';
    case 'location':
      return 'location';
    case 'files':
      return 'photos';
    case 'contact':
    case 'anonymous':
      return 'contact';
    default:
      return 'review';
  }
}

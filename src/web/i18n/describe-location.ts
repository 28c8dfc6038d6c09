import type { TFunction } from 'i18next';
import type { Governorate } from '../../common/enums.ts';
import { governorateKey } from './keys.ts';

/** The address parts of a case's location; any may be missing. */
export interface AddressParts {
  governorate?: Governorate | '' | null;
  area?: string | null;
  block?: string | null;
  road?: string | null;
  building?: string | null;
  address?: string | null;
}

/**
 * An address as one line: "Capital, Block 304, Road 12" / "العاصمة، مجمع 304، طريق 12".
 * Empty when no part is given.
 */
export function describeLocation(loc: AddressParts, t: TFunction): string {
  const parts = [
    loc.governorate ? t(governorateKey(loc.governorate)) : '',
    loc.area ?? '',
    loc.block ? t('location.block', { value: loc.block }) : '',
    loc.road ? t('location.road', { value: loc.road }) : '',
    loc.building ? t('location.building', { value: loc.building }) : '',
    loc.address ?? '',
  ].filter((part) => part.trim() !== '');
  return parts.join(t('location.separator'));
}

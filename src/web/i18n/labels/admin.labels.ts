import type { TFunction } from 'i18next';
import type { AttributeDatatype } from '../../../common/enums.ts';

/** Names of the kinds of extra question, as an administrator picks them. */
export function datatypeLabel(t: TFunction, datatype: AttributeDatatype): string {
  switch (datatype) {
    case 'string':
      return t('admin.datatype.string');
    case 'text':
      return t('admin.datatype.text');
    case 'number':
      return t('admin.datatype.number');
    case 'datetime':
      return t('admin.datatype.datetime');
    case 'singlevaluelist':
      return t('admin.datatype.singlevaluelist');
    case 'multivaluelist':
      return t('admin.datatype.multivaluelist');
  }
}

/** "Active" or "Inactive", for every list that can switch things off. */
export function activeLabel(t: TFunction, active: boolean): string {
  return active ? t('admin.active') : t('admin.inactive');
}

import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The dialog an administration list opens to add (`mode: 'new'`) or change (`mode: 'edit'`) one
 * of its items, titled for which; closed while `editing` is null. `children` draws the form.
 */
export function AdminFormModal<E extends { mode: 'new' | 'edit' }>(props: {
  editing: E | null;
  titles: { new: string; edit: string };
  onClose: () => void;
  children: (editing: E) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('admin.close') }}
      opened={props.editing !== null}
      onClose={props.onClose}
      title={props.editing?.mode === 'edit' ? props.titles.edit : props.titles.new}
      size="lg"
    >
      {props.editing && props.children(props.editing)}
    </Modal>
  );
}

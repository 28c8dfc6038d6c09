import { useRef, useState } from 'react';

/**
 * An add button that opens a form in place: whether the form is open, the button's props (it is
 * disabled while the form is open), and how the form closes — after saving, or cancelled, which
 * gives the focus back to the button.
 */
export function useAddToggle(onOpen: () => void) {
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  return {
    adding,
    buttonProps: {
      ref: addButton,
      variant: 'outline',
      disabled: adding,
      onClick: () => {
        onOpen();
        setAdding(true);
      },
    },
    done: () => setAdding(false),
    cancel: () => {
      setAdding(false);
      addButton.current?.focus();
    },
  } as const;
}

import { Button, Group } from '@mantine/core';
import { ErrorAlert } from '../ErrorAlert.tsx';

/** What the footer reads of the form's request: whether it runs, and how it failed. */
interface RequestState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * The foot of an editing form: the request's failure (if any), then the submit button and a
 * cancel button that is disabled while the request runs.
 */
export function FormActions({ request, save, saveTestId, cancel, onCancel }: { request: RequestState; save: string; saveTestId?: string; cancel: string; onCancel: () => void }) {
  return (
    <>
      {request.isError && <ErrorAlert error={request.error} />}
      <Group gap="sm">
        <Button type="submit" loading={request.isPending} data-testid={saveTestId}>
          {save}
        </Button>
        <Button variant="default" onClick={onCancel} disabled={request.isPending}>
          {cancel}
        </Button>
      </Group>
    </>
  );
}

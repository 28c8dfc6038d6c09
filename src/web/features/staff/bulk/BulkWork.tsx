import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { runBulk, type BulkInput, type BulkResult } from '../../../api/replies.api.ts';
import { BulkBar } from './BulkBar.tsx';
import { BulkSummary } from './BulkSummary.tsx';
import type { BulkSelection } from './useBulkSelection.ts';

/**
 * Bulk work in the inbox: the bar while cases are selected, then what happened to each. After
 * sending, the selection is cleared and every list of cases is loaded again.
 */
export function BulkWork({ selection }: { selection: BulkSelection }) {
  const client = useQueryClient();
  const [result, setResult] = useState<BulkResult | null>(null);
  const mutation = useMutation({
    mutationFn: (input: BulkInput) => runBulk(input),
    onMutate: () => setResult(null),
    onSuccess: async (answer) => {
      setResult(answer);
      selection.clear();
      await client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  return (
    <>
      {result && <BulkSummary result={result} onReselect={(refs) => selection.select(refs)} onDismiss={() => setResult(null)} />}
      {mutation.isError && <ErrorAlert error={mutation.error} />}
      {selection.items.length > 0 && <BulkBar selection={selection} sending={mutation.isPending} onSend={(input) => mutation.mutate(input)} />}
    </>
  );
}

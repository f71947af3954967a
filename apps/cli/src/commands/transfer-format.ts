import { extname } from 'node:path';
import { TransferFormat } from '@hutong/domain';
import { oneOf } from '../args';
import { UsageError } from '../usage-error';

const byExtension: Record<string, TransferFormat> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
};

/** The format `--format` names, else the one `file`'s extension implies. */
export function formatOf(flag: string | undefined, file: string | undefined): TransferFormat {
  if (flag !== undefined) return oneOf(flag, TransferFormat.options, 'format');
  const inferred = file ? byExtension[extname(file).toLowerCase()] : undefined;
  if (!inferred)
    throw new UsageError(`cannot tell the format of ${file ?? 'stdout'}; pass --format json|ndjson|csv`);
  return inferred;
}

import { createHash } from 'node:crypto';

export { canonicalJson } from '@hutong/domain';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

import type { Basis } from '@hutong/domain';
import { useVocab } from '../i18n/use-vocab';
import { Term } from './term';

/** An answer's basis in the glossary's words ("inherited — from a broader rule: …"), as a term. */
export function BasisText({ basis }: { basis: Basis }) {
  const vocab = useVocab();
  return (
    <Term group="basis" id={basis}>
      {vocab('basis', basis)}
    </Term>
  );
}

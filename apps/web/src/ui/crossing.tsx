import { useVocab } from '../i18n/use-vocab';
import { ActorLink } from './actor-link';

interface Key {
  host: string;
  surface: string;
  capability: string;
  target: string;
}

/** "WeChat · group chat · links open · Taobao", with the actors linked. */
export function Crossing({ k }: { k: Key }) {
  const vocab = useVocab();
  return (
    <span className="crossing">
      <ActorLink id={k.host} /> · {vocab('surface', k.surface)} · {vocab('capability', k.capability)} ·{' '}
      <ActorLink id={k.target} />
    </span>
  );
}

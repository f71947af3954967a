import type { HutongClient, RouterOutputs } from '@hutong/client';

type Status = RouterOutputs['decisions']['decide']['status'];

/** A link gateway's question: will this URL open directly in a WeChat group chat today? */
export async function willOpen(hutong: HutongClient, url: string): Promise<boolean> {
  const { status } = await hutong.decisions.decide.query({
    host: 'wechat',
    surface: 'group-chat',
    capability: 'link.open',
    url,
    at: new Date().toISOString().slice(0, 10),
  });
  const opens: Status = 'open';
  return status === opens;
}

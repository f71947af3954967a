// Never run: compiled only, to show the client's types catch mistakes. Each `@ts-expect-error` line must
// be an error, or `tsc` fails ("Unused '@ts-expect-error' directive") — so the types cannot silently
// degrade to `any`.
import type { HutongClient, RouterOutputs } from '@hutong/client';

type Decision = RouterOutputs['decisions']['decide'];

export async function mistakes(hutong: HutongClient): Promise<void> {
  await hutong.decisions.decide.query({
    // @ts-expect-error `hots` is not a field of a question (it is `host`)
    hots: 'wechat',
    surface: 'private-chat',
    capability: 'link.open',
    target: 'taobao',
    at: '2021-12-01',
  });
  // @ts-expect-error `maybe` is not a status: open, friction, partial, blocked or unknown
  const status: Decision['status'] = 'maybe';
  const decision = await hutong.decisions.decide.query({
    host: 'wechat',
    // @ts-expect-error `lobby` is not a surface
    surface: 'lobby',
    capability: 'link.open',
    target: 'taobao',
    at: '2021-12-01',
  });
  // @ts-expect-error a decision has no `verdict` field
  console.log(status, decision.verdict);
}

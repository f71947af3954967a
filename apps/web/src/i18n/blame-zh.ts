import type { blameEn } from './blame-en';
import type { SameShape } from './shape';

export const blameZh: SameShape<typeof blameEn> = {
  title: '答案的历史：哪些修订改变了这个答案',
  intro:
    '账本中每一次改变了这个答案的编辑，按记录时的样子列出：谁、何时、为何、改了什么、引用哪些来源，以及改动前后的答案。',
  none: '没有修订改变过这个答案。',
  walked: '{{walked}} 次修订中有 {{changed}} 次改变了答案。',
  revision: '修订',
  recorded: '记录时间',
  author: '作者',
  edit: '编辑',
  reason: '理由',
  sources: '来源',
  change: '之前 → 之后',
};

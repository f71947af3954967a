import type { gameEn } from './game-en';
import type { SameShape } from './shape';

export const gameZh: SameShape<typeof gameEn> = {
  nav: '博弈',
  title: '文章所描述的博弈',
  intro:
    '文章把阿里与腾讯之间（以及腾讯与字节之间）的围墙看作重复囚徒困境。这里把每个阵营每月的“出招”定为它对另一方的开放度，拟合最能解释这些出招的策略，并用之后发生的事检验。',
  explainTitle: '怎么读',
  explain1:
    '一步出招＝一方在每月1日对另一方的开放指数除以100：1 为合作（完全开放），0 为背叛（封锁），介于其间的是分数。当月改变了该方格子的事件标在图上。',
  explain2:
    '候选策略有七种教科书策略——始终合作（ALLC）、始终背叛（ALLD）、以牙还牙（TFT）、多疑的以牙还牙（STFT，先背叛）、冷酷触发（GRIM）、赢留输变（WSLS）和宽容的以牙还牙（GTFT，原谅三分之一的背叛）——每种都带一个小的失误概率（颤抖）。权重表示按最大似然每种策略能最好地解释多少比例的出招；区间来自对出招序列的重抽样。',
  explain3:
    '回测只用工信部行政指导会（2021年9月9日）之前的出招来拟合，然后逐月向前预测一个月。对数损失越低越好。“持续”预测下月与本月相同；“始终背叛”预测围墙。如果拟合的策略胜不过“持续”，本页会直说：这本身也是一个发现。',
  caveat: '出招很少，而且来自编者依据五篇文章记录的答案：拟合出的策略只是对这些出招的描述，并不证明意图。',
  moves: '出招：{{a}} ↔ {{b}}',
  movesLabel: '双方每月对彼此的开放度（0 背叛 … 1 合作），并标出事件',
  noMoves: '其中一方记录太少，没有任何月份可以计分：这一对不为拟合提供出招。',
  events: '改变某一方出招的事件',
  mixture: '拟合的混合策略',
  mixtureAll: '全部月份',
  before: '整治开始前（{{date}}）',
  after: '截止日期之后（{{date}}）',
  strategy: '策略',
  weight: '权重',
  interval: '95% 区间',
  tremble: '颤抖',
  sample:
    '{{sequences}} 个序列，{{moves}} 步出招；{{resamples}} 次自助重抽样（种子 {{seed}}）；对数似然 {{ll}}',
  backtest: '回测：用 {{cutoff}} 之前的出招拟合，逐月预测之后（{{n}} 步）',
  model: '模型',
  logLoss: '平均对数损失',
  fitted: '拟合的混合策略',
  persistence: '持续',
  alwaysDefect: '始终背叛',
  beats: '拟合的混合策略比“持续”预测得更好。',
  doesNotBeat: '拟合的混合策略胜不过“持续”（下月＝本月）。这本身也是一个发现。',
  method: '方法 {{game}}；出招读自 {{openness}}。',
};

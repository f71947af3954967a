/** Every page, as a visitor lands on it; the suite and the screenshot command both walk this list. */
export const VIEWS = [
  { name: 'timeline', path: '/', heading: 'Timeline' },
  {
    // The timeline with the 29 Nov 2021 opening switched off: the what-if panel beside the events.
    name: 'what-if',
    path: '/?without=2021-11-29-wechat-opens-private-chat-links&at=2021-12-01',
    heading: 'Timeline',
  },
  {
    name: 'event',
    path: '/events/2024-08-taote-direct-wechat-pay',
    heading: /Taote rolls out direct WeChat Pay/,
  },
  {
    name: 'wall-map',
    path: '/wall?capability=link.open&surface=group-chat&axis=platforms&at=2021-12-01',
    heading: 'Wall map',
  },
  {
    name: 'ask',
    path: '/ask?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-10-15',
    heading: 'Ask',
  },
  { name: 'actors', path: '/actors', heading: 'Actors' },
  { name: 'actor', path: '/actors/wechat', heading: 'WeChat' },
  { name: 'sources', path: '/sources', heading: 'Sources' },
  { name: 'source', path: '/sources/repost-2024-09-03-alibaba-olive-branch', heading: /阿里/ },
  { name: 'compliance', path: '/compliance?at=2021-10-15', heading: 'Compliance' },
  { name: 'diff', path: '/diff?from=2021-06-01&to=2021-12-01', heading: 'Diff' },
  { name: 'edit', path: '/edit', heading: 'Record an event' },
  { name: 'not-found', path: '/no/such/page', heading: 'Nothing at this address' },
] as const;

/** The two widths every page must work at: a laptop and a phone. */
export const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../ui/query-state';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** A route's `lazy`: the page's module, loaded on the first visit, and the component it exports. */
const page =
  <M extends Record<K, ComponentType>, K extends string>(load: () => Promise<M>, name: K) =>
  () =>
    load().then((m) => ({ Component: m[name] }));

/** Each view is its own chunk, so the first view loads only the shell and itself. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    // Shown while the first view's code loads.
    HydrateFallback: () => <Loading />,
    children: [
      { index: true, lazy: page(() => import('../features/timeline/timeline-page'), 'TimelinePage') },
      { path: 'events/:id', lazy: page(() => import('../features/timeline/event-page'), 'EventPage') },
      { path: 'wall', lazy: page(() => import('../features/wall-map/wall-map-page'), 'WallMapPage') },
      { path: 'ask', lazy: page(() => import('../features/ask/ask-page'), 'AskPage') },
      { path: 'actors', lazy: page(() => import('../features/actors/actors-page'), 'ActorsPage') },
      { path: 'actors/:id', lazy: page(() => import('../features/actors/actor-page'), 'ActorPage') },
      { path: 'sources', lazy: page(() => import('../features/sources/sources-page'), 'SourcesPage') },
      { path: 'sources/:id', lazy: page(() => import('../features/sources/source-page'), 'SourcePage') },
      {
        path: 'compliance',
        lazy: page(() => import('../features/compliance/compliance-page'), 'CompliancePage'),
      },
      { path: 'diff', lazy: page(() => import('../features/diff/diff-page'), 'DiffPage') },
      { path: 'game', lazy: page(() => import('../features/game/game-page'), 'GamePage') },
      { path: 'edit', lazy: page(() => import('../features/edit/edit-page'), 'EditPage') },
      {
        path: 'bench/wall-map',
        lazy: page(() => import('../features/wall-map/bench/wall-bench-page'), 'WallBenchPage'),
      },
      { path: '*', Component: NotFound },
    ],
  },
];

import type { RouteObject } from 'react-router';
import { Loading } from '../ui/query-state';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** Each view is its own chunk, so the first view loads only the shell and itself. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    // Shown while the first view's code loads.
    HydrateFallback: () => <Loading />,
    children: [
      {
        index: true,
        lazy: () => import('../features/timeline/timeline-page').then((m) => ({ Component: m.TimelinePage })),
      },
      {
        path: 'events/:id',
        lazy: () => import('../features/timeline/event-page').then((m) => ({ Component: m.EventPage })),
      },
      {
        path: 'wall',
        lazy: () => import('../features/wall-map/wall-map-page').then((m) => ({ Component: m.WallMapPage })),
      },
      { path: 'ask', lazy: () => import('../features/ask/ask-page').then((m) => ({ Component: m.AskPage })) },
      {
        path: 'actors',
        lazy: () => import('../features/actors/actors-page').then((m) => ({ Component: m.ActorsPage })),
      },
      {
        path: 'actors/:id',
        lazy: () => import('../features/actors/actor-page').then((m) => ({ Component: m.ActorPage })),
      },
      {
        path: 'sources',
        lazy: () => import('../features/sources/sources-page').then((m) => ({ Component: m.SourcesPage })),
      },
      {
        path: 'sources/:id',
        lazy: () => import('../features/sources/source-page').then((m) => ({ Component: m.SourcePage })),
      },
      {
        path: 'compliance',
        lazy: () =>
          import('../features/compliance/compliance-page').then((m) => ({ Component: m.CompliancePage })),
      },
      {
        path: 'diff',
        lazy: () => import('../features/diff/diff-page').then((m) => ({ Component: m.DiffPage })),
      },
      {
        path: 'edit',
        lazy: () => import('../features/edit/edit-page').then((m) => ({ Component: m.EditPage })),
      },
      {
        path: 'bench/wall-map',
        lazy: () =>
          import('../features/wall-map/bench/wall-bench-page').then((m) => ({ Component: m.WallBenchPage })),
      },
      { path: '*', Component: NotFound },
    ],
  },
];

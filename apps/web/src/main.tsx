import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './app/routes';
import { createI18n } from './i18n/i18n';
import './styles/base.css';
import { createBrowserClient } from './trpc/browser-client';
import { Providers } from './trpc/providers';

const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={createBrowserClient()} i18n={createI18n()}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);

import { type AreaRoutes, page } from '../../kit/routing';

/** The instrument area's pages, by audience; app/router.tsx puts each audience behind its guard. */
export const instrumentRoutes: AreaRoutes = {
  public: [
    {
      path: 'instruments',
      lazy: page(
        ['catalog', 'instrument'],
        () => import('./pages/public/InstrumentsPage'),
        (m) => m.InstrumentsPage,
      ),
    },
    {
      path: 'instruments/:id',
      lazy: page(
        ['catalog', 'instrument'],
        () => import('./pages/public/InstrumentDetailPage'),
        (m) => m.InstrumentDetailPage,
      ),
    },
  ],
  provider: [
    {
      path: 'provider/instruments',
      lazy: page(
        ['booking', 'catalog', 'instrument', 'order'],
        () => import('./pages/provider/ProviderInstrumentsPage'),
        (m) => m.ProviderInstrumentsPage,
      ),
    },
  ],
};

import type { AreaRoutes } from '../../kit/routing';
import { HomePage } from './pages/public/HomePage';

/** The portal's home page is part of the first load: it is what most visitors open. */
export const portalRoutes: AreaRoutes = {
  public: [{ index: true, Component: HomePage }],
};

import type { en } from '../en';
import type { Translation } from '../types';
import { zhAdvice } from './advice';
import { zhStockView } from './advice-views';
import { zhDashboard } from './dashboard';
import { zhDaypart } from './daypart';
import { zhLabels } from './labels';
import { zhPage } from './page';
import { zhTeam } from './team';
import { zhToday } from './today';

/** Exactly the English keys, with the same parameters (each part is checked against its English part). */
export const zh: Translation<typeof en> = {
  ...zhPage,
  ...zhDashboard,
  ...zhLabels,
  ...zhAdvice,
  ...zhToday,
  ...zhStockView,
  ...zhDaypart,
  ...zhTeam,
};

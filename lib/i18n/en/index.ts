import type { Overlap } from '../types';
import { enAdvice } from './advice';
import { enStockView } from './advice-views';
import { enDashboard } from './dashboard';
import { enDaypart } from './daypart';
import { enLabels } from './labels';
import { enPage } from './page';
import { enTeam } from './team';
import { enToday } from './today';

// The English catalogue defines the keys and each message's parameters. Its parts must not share a key:
// a key defined twice would silently take the last part's text.
type Parts = [typeof enPage, typeof enDashboard, typeof enLabels, typeof enAdvice];
type Shared =
  | Overlap<Parts[0], Parts[1]>
  | Overlap<Parts[0], Parts[2]>
  | Overlap<Parts[0], Parts[3]>
  | Overlap<Parts[1], Parts[2]>
  | Overlap<Parts[1], Parts[3]>
  | Overlap<Parts[2], Parts[3]>
  | Overlap<typeof enToday, Parts[0] & Parts[1] & Parts[2] & Parts[3]>
  | Overlap<typeof enStockView, Parts[0] & Parts[1] & Parts[2] & Parts[3] & typeof enToday>
  | Overlap<typeof enDaypart, Parts[0] & Parts[1] & Parts[2] & Parts[3] & typeof enToday & typeof enStockView>
  | Overlap<
      typeof enTeam,
      Parts[0] & Parts[1] & Parts[2] & Parts[3] & typeof enToday & typeof enStockView & typeof enDaypart
    >;
const noKeyTwice: [Shared] extends [never] ? true : Shared = true;
void noKeyTwice;

export const en = {
  ...enPage,
  ...enDashboard,
  ...enLabels,
  ...enAdvice,
  ...enToday,
  ...enStockView,
  ...enDaypart,
  ...enTeam,
};
export { enAdvice };

import { afterFirstPaint } from '../../features/popup-first-signal';
import './popup.css';

// The popup's modules start once the list's first paint is on screen (features/popup-first.ts): React, Dexie and
// the rest are fetched meanwhile, and evaluated only then, so they do not hold the first paint back.
void afterFirstPaint().then(() => import('./start'));

import { type NumberContext, normalizeText, type Parsed, parseNumber } from './number';

// `4.6 out of 5 stars`, `4,5 von 5 Sternen`, `4,5 sur 5 étoiles`, `4,5 su 5 stelle`, `4,5 de 5 estrellas`,
// and the older amazon.es `4.0 de un máximo de 5 estrellas`.
const X_OF_Y = /(\d+(?:[.,]\d+)?)\s*(?:out of|von|sur|su|de un máximo de|de|van|z|av|из)\s*(\d+)/i;
// Japanese puts the scale first: `5つ星のうち4.3` (a first-number regex wrongly reads 5).
const JP = /(\d+)\s*つ星のうち\s*(\d+(?:[.,]\d+)?)/;

/** Star rating on a 0-5 scale from the phrases product pages use, or missing. */
export function parseRating(text: string | null | undefined, ctx: NumberContext = {}): Parsed {
  if (text == null) return { ok: false, reason: 'empty' };
  const s = normalizeText(text);
  if (s === '') return { ok: false, reason: 'empty' };
  const jp = JP.exec(s);
  const xy = jp ? null : X_OF_Y.exec(s);
  const raw = jp ? jp[2] : xy ? xy[1] : /^\d+(?:[.,]\d+)?$/.test(s) ? s : undefined;
  const scale = jp ? jp[1] : xy ? xy[2] : '5';
  if (raw === undefined || scale !== '5') return { ok: false, reason: 'garbage' };
  // A rating always has one decimal at most, so `4,5` is a decimal comma whatever the marketplace.
  const p = parseNumber(raw.replace(',', '.'), 'number', { ...ctx, decimal: '.' });
  if (!p.ok || p.value < 0 || p.value > 5) return { ok: false, reason: 'garbage' };
  return p;
}

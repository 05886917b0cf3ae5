import { normalizeLabel } from './table';

// The page-shape report (issue 11): the structure of a console page a user can send us without sending
// their data. Tags, roles, attributes and the column labels stay; every number becomes other digits in
// the same format, every other text becomes placeholder letters of the same length, the same input always
// giving the same output (so an ASIN that joins two parts of a table still joins them). Dates and the
// marketplace's public id stay: they are the page's context, not the operator's business.

const VOID = new Set([
  'AREA',
  'BASE',
  'BR',
  'COL',
  'EMBED',
  'HR',
  'IMG',
  'INPUT',
  'LINK',
  'META',
  'SOURCE',
  'TRACK',
  'WBR',
]);
const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'svg',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'TEMPLATE',
]);
// Attributes that carry structure, kept as they are.
const KEEP_ATTR =
  /^(role|aria-(rowindex|colindex|rowcount|colcount|colspan|rowspan|sort|selected|checked|current|expanded|hidden|busy|level)|colspan|rowspan|scope|type|hidden|style|dir|lang|width|height|row-index|data-index|data-row-index|aria-rowindex|col-id|data-column|start-value|end-value|locale|data-start-date|data-end-date|name|shadowrootmode)$/i;
const DATE =
  /^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[/.]\d{1,2}[/.]\d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Za-zäé]{3,9}\.? \d{4})(\s*(-|–|~|～|至|to)\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[/.]\d{1,2}[/.]\d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Za-zäé]{3,9}\.? \d{4}))?\s*$/;
const PUBLIC_MARKETPLACE_ID =
  /\b(ATVPDKIKX0DER|A2EUQ1WTGCTBG2|A1F83G8C2ARO7P|A1PA6795UKMFR9|A13V1IB3VIYZZH|APJ6JRA9NG5V4|A1RKKUPIHCS9HS|A1VC38T7YXB528|A39IBJ37TRP1C6|A1AM78C64UM0Y8)\b/g;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Same shape, other characters (each digit and letter differs from the one it replaces): punctuation and spaces stay. */
export function maskText(text: string): string {
  let seed = hash(text) || 1;
  const next = (n: number) => {
    seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0 || 1;
    return seed % n;
  };
  let out = '';
  for (const ch of text) {
    if (/[0-9]/.test(ch)) out += String((Number(ch) + 1 + next(9)) % 10);
    else if (/[A-Z]/.test(ch)) out += String.fromCharCode(65 + ((ch.charCodeAt(0) - 65 + 1 + next(25)) % 26));
    else if (/[a-z]/.test(ch)) out += String.fromCharCode(97 + ((ch.charCodeAt(0) - 97 + 1 + next(25)) % 26));
    else if (/[\u3040-\u30ff\u3400-\u9fff]/.test(ch)) out += '某';
    else if (/\p{L}/u.test(ch)) out += 'x';
    else out += ch;
  }
  return out;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export interface ShapeOptions {
  /** Texts kept as they are: every column label the readers know, marketplace names. */
  keep: Iterable<string>;
  url: URL;
}

function maskUrl(href: string, base: URL): string {
  try {
    const u = new URL(href, base);
    const params = new URLSearchParams();
    for (const [k, v] of u.searchParams)
      params.set(k, DATE.test(v) || /^(\d{4}-\d{2}-\d{2}[|,]?)+$/.test(v) ? v : maskText(v));
    const path = u.pathname
      .split('/')
      .map((p) => (/\d{3,}|^[A-Z0-9]{10}$/.test(p) ? maskText(p) : p))
      .join('/');
    const hashPart = u.hash.replace(
      /=([^&]*)/g,
      (_, v: string) => `=${/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : maskText(decodeURIComponent(v))}`,
    );
    return `${u.origin}${path}${params.size ? `?${params}` : ''}${hashPart}`;
  } catch {
    return '#';
  }
}

/** The page's structure as an HTML file that `npm run extract` reads, with no number or text of the page's data. */
export function pageShape(doc: Document, opts: ShapeOptions): string {
  const keep = new Set([...opts.keep].map(normalizeLabel));
  const kept = (t: string) => {
    const n = normalizeLabel(t);
    return n === '' || keep.has(n) || DATE.test(t);
  };
  const parts: string[] = [];
  const attrs = (el: Element) => {
    let s = '';
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      let v = a.value;
      if (name === 'href' || name === 'src') v = name === 'href' ? maskUrl(v, opts.url) : '';
      else if (name === 'class')
        v = v
          .split(/\s+/)
          .map((w) => (/\d/.test(w) ? maskText(w) : w))
          .join(' ');
      else if (name === 'id' || (name.startsWith('data-') && !KEEP_ATTR.test(name))) v = maskText(v);
      else if (
        name === 'value' ||
        name === 'title' ||
        name === 'aria-label' ||
        name === 'placeholder' ||
        name === 'alt'
      )
        v = kept(v) ? v : maskText(v);
      else if (!KEEP_ATTR.test(name) && !name.startsWith('aria-')) continue;
      if (name.startsWith('on')) continue;
      s += ` ${name}="${escapeAttr(v)}"`;
    }
    return s;
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      parts.push(escapeText(kept(t.trim()) ? t : maskText(t)));
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (DROP.has(el.tagName)) return;
    const tag = el.tagName.toLowerCase();
    parts.push(`<${tag}${attrs(el)}>`);
    if (VOID.has(el.tagName)) return;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      parts.push('<template shadowrootmode="open">');
      for (let c = shadow.firstChild; c; c = c.nextSibling) walk(c);
      parts.push('</template>');
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    parts.push(`</${tag}>`);
  };
  const ids = new Set<string>();
  for (const s of Array.from(doc.querySelectorAll('script:not([src])')))
    for (const m of (s.textContent ?? '').matchAll(PUBLIC_MARKETPLACE_ID)) ids.add(m[1]!);
  const lang = doc.documentElement.getAttribute('lang');
  parts.push(
    `<!doctype html>\n<html${lang ? ` lang="${escapeAttr(lang)}"` : ''}><head><meta charset="utf-8">`,
  );
  parts.push(`<meta name="opslens-url" content="${escapeAttr(maskUrl(opts.url.href, opts.url))}">`);
  parts.push(`<title>OpsLens page shape</title>`);
  // Only a page naming exactly one public marketplace id keeps it: a switcher listing all says nothing.
  if (ids.size === 1) parts.push(`<script>var ue_mid = '${[...ids][0]}';</script>`);
  parts.push('</head>');
  if (doc.body) walk(doc.body);
  parts.push('</html>\n');
  return parts.join('');
}

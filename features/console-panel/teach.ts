import { fieldLabel, fieldList, type Lang, t } from '../../lib/i18n/t';
import type { Extraction } from '../../lib/model';
import { addRemap } from '../../lib/settings/remaps';
import { h } from '../../lib/ui/h';
import { pickColumn } from './pick';

/** Missing "fields" that are facts about the page, not columns one could point at. */
const NOT_COLUMNS = new Set(['marketplace', 'period', 'metrics']);

/** What the panel needs from its owner to let the user point at a column. */
export interface PointHooks {
  lang: Lang;
  /** Aborted when the content script's context ends (navigation, extension reload). */
  signal: AbortSignal;
  /** Whether a node is ours (clicks on the panel are not picks). */
  owns(node: Node): boolean;
  /** Show (or, with undefined, hide) the banner that says what to click. */
  banner(text: string | undefined): void;
  /** Labels the user already pointed at for this adapter, by field. */
  taught: Readonly<Record<string, readonly string[]>>;
}

export const columnFields = (ex: Extraction) => ex.missing.filter((f) => !NOT_COLUMNS.has(f));

/** One "Point at <field>" button: the user clicks the column's header, kept as a remap for this adapter. */
function pointButton(ex: Extraction, field: string, hooks: PointHooks, style = 'link'): HTMLButtonElement {
  const { lang } = hooks;
  const name = fieldLabel(lang, field);
  return h(
    'button',
    {
      class: `${style} point`,
      attrs: { type: 'button', 'aria-label': t(lang, 'repointField', { field: name }), 'data-field': field },
      on: {
        click: async () => {
          hooks.banner(t(lang, 'pickColumn', { field: name }));
          const label = await pickColumn(hooks.signal, hooks.owns);
          hooks.banner(undefined);
          // No record tells the marketplace of a table we could not read: the column applies to all.
          if (label)
            await addRemap({
              adapter: ex.adapter,
              marketplace: ex.records[0]?.marketplace ?? '*',
              field,
              label,
            });
        },
      },
    },
    t(lang, 'pointAt', { field: name }),
  );
}

/** "Not read: X, Y" on a stored reading, with a button per column field. */
export function repointNote(ex: Extraction, hooks: PointHooks): HTMLElement | null {
  const { lang } = hooks;
  const fields = columnFields(ex);
  if (!fields.length) return null;
  return h(
    'p',
    { class: 'muted repoint' },
    t(lang, 'notRead', { fields: fieldList(lang, fields) }),
    ' ',
    ...fields.map((f) => pointButton(ex, f, hooks)),
  );
}

/**
 * A table on a page we match whose columns no adapter label names (`no-table`): the user points at the key
 * column and at metric columns; each answer is a remap, and the next read finds the table by them.
 */
export function teachBody(ex: Extraction, hooks: PointHooks): HTMLElement {
  const { lang } = hooks;
  const fields = columnFields(ex);
  return h(
    'div',
    { class: 'teach' },
    h('p', { class: 'question' }, t(lang, 'teachIt')),
    h(
      'ul',
      { class: 'choices teach-fields' },
      ...fields.map((f) => {
        const labels = hooks.taught[f];
        return h(
          'li',
          null,
          pointButton(ex, f, hooks, 'choice'),
          labels?.length
            ? h(
                'span',
                { class: 'taught' },
                `✓ ${labels.map((l) => `“${l}”`).join(t(lang, 'listSeparator'))}`,
              )
            : null,
        );
      }),
    ),
    fields[0] ? h('p', { class: 'muted' }, t(lang, 'teachHint', { key: fieldLabel(lang, fields[0]) })) : null,
  );
}

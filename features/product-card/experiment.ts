import { CHANGES } from '../../lib/experiments/changes';
import type { Change, ExperimentView } from '../../lib/experiments/types';
import { type Lang, t } from '../../lib/i18n/t';
import { h } from '../../lib/ui/h';

// "Record a change" on the card (issue 15): one click opens what changed and a note, Save records it in the
// background, and the card shows each recorded change of this product with its before/after verdict.

export interface ExperimentsState {
  views: ExperimentView[];
  formOpen: boolean;
  error?: string;
}

export interface ExperimentActions {
  openForm(): void;
  cancelForm(): void;
  saveChange(change: Change, note: string): void;
}

function form(lang: Lang, actions: ExperimentActions) {
  const select = h(
    'select',
    { attrs: { name: 'change', 'aria-label': t(lang, 'expWhat') } },
    ...CHANGES.map((c) => h('option', { attrs: { value: c } }, t(lang, `expChange_${c}`))),
  );
  const note = h('input', {
    attrs: {
      type: 'text',
      name: 'note',
      maxlength: 2000,
      placeholder: t(lang, 'expNotePlaceholder'),
      'aria-label': t(lang, 'expNote'),
    },
  });
  return h(
    'form',
    {
      class: 'exp-form',
      on: {
        submit: (e) => {
          e.preventDefault();
          actions.saveChange(select.value as Change, note.value.trim());
        },
      },
    },
    h('label', null, t(lang, 'expWhat'), ' ', select),
    note,
    h(
      'div',
      { class: 'exp-buttons' },
      h('button', { class: 'primary', attrs: { type: 'submit' } }, t(lang, 'expSave')),
      h(
        'button',
        { class: 'plain', attrs: { type: 'button' }, on: { click: () => actions.cancelForm() } },
        t(lang, 'expCancel'),
      ),
    ),
  );
}

function view(lang: Lang, v: ExperimentView) {
  const e = v.experiment;
  return h(
    'li',
    { class: 'exp', attrs: { 'data-status': v.verdict.status } },
    h(
      'div',
      { class: 'exp-head' },
      h('span', null, t(lang, 'expRecorded', { change: t(lang, `expChange_${e.change}`), day: e.day })),
      h('span', { class: `exp-status ${v.verdict.status}` }, t(lang, `expStatus_${v.verdict.status}`)),
    ),
    e.note ? h('p', { class: 'muted small' }, e.note) : null,
    h('ul', { class: 'exp-lines' }, ...(v.lines ?? []).map((line) => h('li', null, line))),
  );
}

export function experimentsBlock(lang: Lang, st: ExperimentsState, actions: ExperimentActions): HTMLElement {
  return h(
    'section',
    { class: 'experiments', attrs: { 'aria-label': t(lang, 'expTitle') } },
    st.formOpen
      ? form(lang, actions)
      : h(
          'button',
          { class: 'record', attrs: { type: 'button' }, on: { click: () => actions.openForm() } },
          // A plain '+': the fullwidth '＋' is in no Latin font, so every product page loaded a CJK fallback
          // font for this one glyph.
          `+ ${t(lang, 'expRecord')}`,
        ),
    st.error
      ? h('p', { class: 'warn', attrs: { role: 'alert' } }, t(lang, 'expSaveFailed', { error: st.error }))
      : null,
    st.views.length ? h('ul', { class: 'exp-list' }, ...st.views.map((v) => view(lang, v))) : null,
  );
}

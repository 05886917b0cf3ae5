import { Window } from 'happy-dom';
import type { Grid } from '../../lib/sites/table';
import type { TableSpec } from './mutate';

// A tiny grid read by the adapter's own row reader. Each row draws its cells differently: plain text, text in a
// wrapper, an <input> (Seller Central prices and bids), and a value over a second line (生意参谋's `较前7日`).
const SHAPES = ['text', 'wrapped', 'input', 'twoLines'] as const;

/** A fresh grid of one row per shape, whose cells `setters` fill; each test builds its own. */
export function syntheticGrid(spec: TableSpec) {
  const doc = new Window().document as unknown as Document;
  const metricFields = Object.keys(spec.fields).filter((f) => spec.fields[f]!.metric);
  const root = doc.createElement('div');
  const setters: ((a: string, b: string) => void)[] = [];
  const rows = SHAPES.map((shape) => {
    const row = root.appendChild(doc.createElement('div'));
    const cells = metricFields.map(() => {
      const cell = row.appendChild(doc.createElement('div'));
      const main = doc.createTextNode('');
      const second = doc.createTextNode('');
      if (shape === 'text') cell.appendChild(main);
      else if (shape === 'wrapped') cell.appendChild(doc.createElement('span')).appendChild(main);
      else if (shape === 'twoLines') {
        cell.appendChild(doc.createElement('div')).appendChild(main);
        cell.appendChild(doc.createElement('div')).appendChild(second);
      }
      const input = shape === 'input' ? cell.appendChild(doc.createElement('input')) : undefined;
      setters.push((a, b) => {
        if (input) input.setAttribute('value', a);
        else main.data = a;
        second.data = b;
      });
      return cell;
    });
    return { row, cells };
  });
  const grid: Grid = {
    root,
    headers: metricFields,
    headerCells: [],
    rows: rows.map((r) => r.cells),
    rowElements: rows.map((r) => r.row),
  };
  const columns = Object.fromEntries(metricFields.map((f, i) => [f, i]));
  return { grid, columns, setters, cells: setters.length };
}

import { useEffect, useRef, useState } from 'react';

// Chart.js is loaded with the first sparkline that scrolls into view: the popup paints its list first.
// The names are taken from the import() itself, so the bundler keeps only these parts of Chart.js; the
// dashboard's TimeChart imports the same module statically, which keeps it in a chunk of its own (a
// registration module of ours in between got merged into a chunk the popup loads at once, Rolldown 1.2).
let chartJs: Promise<typeof import('chart.js').Chart> | undefined;
function loadChart() {
  chartJs ??= import('chart.js').then(
    ({ Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler }) => {
      Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler);
      return Chart;
    },
  );
  return chartJs;
}

interface Props {
  values: number[];
  label: string;
  color?: string;
}

/** A tiny price line: no axes, no animation, one point per reading. */
export function Sparkline({ values, label, color = '#0f766e' }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Draw only once scrolled into view: a popup with 200 products paints its first rows at once.
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = canvas.current;
    if (!el || visible) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);
  useEffect(() => {
    const el = canvas.current;
    if (!el || !visible) return;
    let chart: { destroy(): void } | undefined;
    let gone = false;
    void loadChart().then((Chart) => {
      if (gone) return;
      chart = new Chart(el, {
        type: 'line',
        data: {
          labels: values.map((_, i) => String(i)),
          datasets: [
            {
              data: values,
              borderColor: color,
              backgroundColor: `${color}22`,
              fill: true,
              borderWidth: 1.5,
              pointRadius: values.length < 8 ? 2.5 : 0,
              pointBackgroundColor: color,
              tension: 0.25,
            },
          ],
        },
        options: {
          animation: false,
          responsive: false,
          events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { display: false }, y: { display: false, grace: '10%' } },
        },
      });
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [values, color, visible]);
  return (
    <canvas ref={canvas} width={96} height={32} role="img" aria-label={label} data-points={values.length} />
  );
}

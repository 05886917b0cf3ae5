import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';

// What a sparkline draws and nothing else. Sparkline.tsx loads this module lazily: importing 'chart.js'
// itself there would bring every controller, scale and plugin into the popup's chunk.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler);

export { Chart };

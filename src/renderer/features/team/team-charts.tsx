import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
} from 'chart.js';
import { useColorScheme } from '@renderer/features/settings/settings';
import type { CheckId } from '@shared/checks/types';
import type { ChartData } from './progress';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Colours resolved from the stylesheet (light-dark() variables), read from probe elements. */
interface Palette {
  text: string;
  muted: string;
  grid: string;
  series: string[];
  approve: string;
  action: string;
  reject: string;
  disagreement: string;
}

const PROBES = ['text', 'muted', 'grid', 's1', 's2', 's3', 's4', 's5', 's6', 'approve', 'action', 'reject', 'disagreement'] as const;

function readPalette(root: HTMLElement): Palette {
  const colour = (name: string) => {
    const el = root.querySelector<HTMLElement>(`[data-probe="${name}"]`);
    return el ? getComputedStyle(el).color : '#888';
  };
  return {
    text: colour('text'),
    muted: colour('muted'),
    grid: colour('grid'),
    series: ['s1', 's2', 's3', 's4', 's5', 's6'].map(colour),
    approve: colour('approve'),
    action: colour('action'),
    reject: colour('reject'),
    disagreement: colour('disagreement'),
  };
}

function axes(p: Palette, xTitle: string, yTitle: string, timeAxis: boolean) {
  const ticks = { color: p.muted };
  return {
    x: {
      type: timeAxis ? ('linear' as const) : ('category' as const),
      title: { display: true, text: xTitle, color: p.text },
      grid: { color: p.grid },
      ticks: timeAxis
        ? {
            ...ticks,
            maxTicksLimit: 6,
            callback: (v: string | number) => new Date(Number(v)).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
          }
        : ticks,
    },
    y: {
      beginAtZero: true,
      title: { display: true, text: yTitle, color: p.text },
      grid: { color: p.grid },
      ticks: { ...ticks, precision: 0 },
    },
  };
}

function configs(data: ChartData, p: Palette): ChartConfiguration[] {
  const legend = { labels: { color: p.text } };
  return [
    {
      type: 'line',
      data: {
        datasets: data.timeline.map((s, i) => ({
          label: s.reviewer,
          data: s.points,
          borderColor: p.series[i % p.series.length],
          backgroundColor: p.series[i % p.series.length],
          stepped: true,
          pointRadius: 2,
        })),
      },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend }, scales: axes(p, 'Time', 'Decisions', true) },
    },
    {
      type: 'bar',
      data: {
        labels: data.byKind.map((k) => k.label),
        datasets: [
          { label: 'Claims', data: data.byKind.map((k) => k.count), backgroundColor: [p.approve, p.action, p.reject, p.disagreement] },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: axes(p, 'Outcome', 'Claims', false),
      },
    },
    {
      type: 'bar',
      data: {
        labels: data.byFailingCheck.map((c) => SHORT_CHECK_LABELS[c.check as CheckId] ?? c.check),
        datasets: [{ label: 'Claims', data: data.byFailingCheck.map((c) => c.count), backgroundColor: p.reject }],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: {
          x: {
            beginAtZero: true,
            title: { display: true, text: 'Claims', color: p.text },
            grid: { color: p.grid },
            ticks: { color: p.muted, precision: 0 },
          },
          y: { grid: { color: p.grid }, ticks: { color: p.text } },
        },
      },
    },
  ];
}

/** Axis labels short enough for the chart's width (the checklist's own names are longer). */
const SHORT_CHECK_LABELS: Record<CheckId, string> = {
  signature: 'Signature',
  names: 'Names',
  dates: 'Dates',
  workloads: 'Workloads',
  'public-sector': 'Public sector',
  'activity-detail': 'Activity detail',
  'document-type': 'Document type',
};

const TITLES = ['Decisions over time per reviewer', 'Claims by outcome', 'Claims by failing check'];

/** The three progress charts (chart.js on canvas), redrawn in the theme's colours. */
export function TeamCharts({ data }: { data: ChartData }) {
  const root = useRef<HTMLDivElement>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  // Redrawn when the scheme changes, the system's included (the charts kept light colours on a
  // dark page when the system turned dark). The probes are told the scheme themselves: the root's
  // data-theme is set by the app's effect, which runs after this one.
  const scheme = useColorScheme();
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const palette = readPalette(el);
    const charts = configs(data, palette).map((config, i) => {
      const canvas = canvases.current[i];
      // The chart type is given, not inferred: inferring it from the union of every chart's
      // configuration cost the type checker 26 s of CPU (tsc, lint and the test program each).
      return canvas ? new Chart<ChartType>(canvas, config) : null;
    });
    return () => charts.forEach((c) => c?.destroy());
  }, [data, scheme]);
  return (
    <div className="team-charts" ref={root}>
      <div className="team-probes" aria-hidden="true" style={{ colorScheme: scheme }}>
        {PROBES.map((p) => (
          <span key={p} data-probe={p} />
        ))}
      </div>
      {TITLES.map((title, i) => (
        <figure key={title} className="team-chart">
          <figcaption>{title}</figcaption>
          <div className="team-chart-box">
            <canvas
              ref={(c) => {
                canvases.current[i] = c;
              }}
              role="img"
              aria-label={title}
            />
          </div>
        </figure>
      ))}
    </div>
  );
}

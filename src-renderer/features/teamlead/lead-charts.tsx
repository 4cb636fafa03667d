import { BarChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { DeadlineLoad } from '../../../src-shared/teamlead/deadline-load';
import { useI18n } from '../../i18n/i18n';

// Only what these two charts use: ECharts tree-shakes to the chart types and components named here.
echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, AriaComponent, CanvasRenderer]);

/** An ECharts chart in a div that resizes with it; `label` names it for screen readers. */
function Chart({ option, label, height }: { option: echarts.EChartsCoreOption; label: string; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    // ECharts describes a chart in English only; the description is ours, in the screen's language.
    chart.setOption({ ...option, aria: { enabled: true, label: { description: label } } });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, label]);
  return <div ref={ref} role="img" aria-label={label} className="chart" style={{ height }} />;
}

/** % met per target and group: the attainment table drawn (the table is its twin). */
export function AttainmentChart({
  groups,
  targets,
  label,
}: {
  groups: readonly { name: string; percents: readonly (number | null)[] }[];
  targets: readonly string[];
  label: string;
}) {
  const option = useMemo<echarts.EChartsCoreOption>(
    () => ({
      animation: false,
      tooltip: {},
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: groups.map((g) => g.name) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: targets.map((name, i) => ({ type: 'bar', name, data: groups.map((g) => g.percents[i] ?? null) })),
    }),
    [groups, targets],
  );
  return (
    <div className="charts">
      <Chart label={label} height={240} option={option} />
    </div>
  );
}

/** The timeline (deadlines per day) and the heat map (per agent and day) of the deadlines ahead. */
export function DeadlineCharts({ load, dayLabels }: { load: DeadlineLoad; dayLabels: readonly string[] }) {
  const { t } = useI18n();
  const { timeline, heatmap } = useMemo(() => chartOptions(load, dayLabels, t('lead.load.deadlines')), [load, dayLabels, t]);
  const timelineLabel = t('lead.load.timeline', { days: dayLabels.map((d, i) => `${d}: ${load.total.counts[i] ?? 0}`).join(', ') });
  return (
    <div className="charts">
      <Chart label={timelineLabel} height={220} option={timeline} />
      <Chart
        label={t('lead.load.heatmap', { agents: load.rows.length, days: dayLabels.length })}
        height={Math.max(160, 60 + 28 * load.rows.length)}
        option={heatmap}
      />
    </div>
  );
}

/** The two charts' options, made once per load (a new option object would redraw the chart). */
function chartOptions(load: DeadlineLoad, dayLabels: readonly string[], seriesName: string) {
  const agents = load.rows.map((r) => r.label);
  const cells = load.rows.flatMap((r, y) => r.counts.map((c, x) => [x, y, c]));
  const max = Math.max(1, ...cells.map((c) => c[2] as number));
  const timeline: echarts.EChartsCoreOption = {
    aria: { enabled: true },
    animation: false,
    tooltip: {},
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: [...dayLabels] },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: seriesName, data: [...load.total.counts] }],
  };
  const heatmap: echarts.EChartsCoreOption = {
    aria: { enabled: true },
    animation: false,
    tooltip: {},
    grid: { left: 120, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: [...dayLabels] },
    yAxis: { type: 'category', data: agents },
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 80 },
    series: [{ type: 'heatmap', name: seriesName, data: cells, label: { show: true } }],
  };
  return { timeline, heatmap };
}

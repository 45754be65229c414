import type { ChartConfig, ChartSeries, LegendMark } from './chart-config';

const W = 26;
const H = 14;
const MID = H / 2;

/** A legend swatch or a chart marker, centred on (cx, cy). */
export function MarkerShape({
  shape,
  cx,
  cy,
  size,
  fill,
  stroke,
  strokeWidth = 1.5,
}: {
  shape: LegendMark;
  cx: number;
  cy: number;
  size: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}) {
  const r = size / 2;
  const common = { fill, stroke, strokeWidth };
  switch (shape) {
    case 'square':
      return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...common} />;
    case 'triangle':
      return <path d={`M${cx},${cy - r * 1.1} L${cx + r},${cy + r * 0.8} L${cx - r},${cy + r * 0.8} Z`} {...common} />;
    case 'diamond':
      return <path d={`M${cx},${cy - r * 1.2} L${cx + r * 1.1},${cy} L${cx},${cy + r * 1.2} L${cx - r * 1.1},${cy} Z`} {...common} />;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.4 : r * 0.6;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return `${cx + radius * Math.cos(angle)},${cy + radius * Math.sin(angle)}`;
      });
      return <polygon points={points.join(' ')} {...common} />;
    }
    case 'ringed-circle':
      return (
        <g>
          <circle cx={cx} cy={cy} r={r * 1.35} fill="none" stroke={fill} strokeWidth={1.25} />
          <circle cx={cx} cy={cy} r={r * 0.75} fill={fill} />
        </g>
      );
    case 'hollow-circle':
      return <circle cx={cx} cy={cy} r={r} fill="#ffffff" stroke={stroke ?? fill} strokeWidth={strokeWidth} />;
    default:
      return <circle cx={cx} cy={cy} r={r} {...common} />;
  }
}

function Swatch({ series }: { series: ChartSeries }) {
  const mark = series.mark ?? 'line';
  const dash = mark === 'dashed' ? '7 4' : mark === 'dotted' ? '2 3' : undefined;
  return (
    <svg width={W} height={H} aria-hidden focusable="false" className="sb-legend-swatch">
      {mark === 'box' ? (
        <rect x={6} y={1} width={H - 2} height={H - 2} rx={2} fill={series.colour} stroke={series.outline} strokeWidth={series.outline ? 1.5 : 0} />
      ) : mark === 'line' || mark === 'dashed' || mark === 'dotted' ? (
        <line x1={1} x2={W - 1} y1={MID} y2={MID} stroke={series.colour} strokeWidth={2.5} strokeDasharray={dash} />
      ) : (
        <MarkerShape
          shape={mark}
          cx={W / 2}
          cy={MID}
          size={9}
          fill={series.colour}
          stroke={series.outline ?? (mark === 'hollow-circle' ? series.colour : '#ffffff')}
          strokeWidth={mark === 'hollow-circle' ? 1.75 : 1.5}
        />
      )}
      {series.marker && <MarkerShape shape={series.marker} cx={W / 2} cy={MID} size={8} fill={series.colour} stroke="#ffffff" strokeWidth={1} />}
    </svg>
  );
}

/** The legend as text: a list, so the meaning never rests on colour or line style alone. */
export function ChartLegend({ config, keys }: { config: ChartConfig; keys?: readonly string[] }) {
  const entries = (keys ?? Object.keys(config)).filter((k) => config[k]);
  if (entries.length === 0) return null;
  return (
    <ul className="sb-chart-legend">
      {entries.map((key) => (
        <li key={key}>
          <Swatch series={config[key]} />
          <span>{config[key].label}</span>
        </li>
      ))}
    </ul>
  );
}

// A log-log line chart as a self-contained SVG (no plotting library): one line per series,
// x and y on decade scales, a legend. Straight lines of slope 1 are linear growth.

export interface PlotSeries {
  name: string;
  points: Array<{ x: number; y: number }>;
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

export function logLogSvg(options: { title: string; xLabel: string; yLabel: string; series: PlotSeries[] }): string {
  const width = 720;
  const height = 440;
  const margin = { left: 70, right: 200, top: 40, bottom: 50 };
  const all = options.series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
  const decade = (v: number, round: (n: number) => number) => Math.pow(10, round(Math.log10(v)));
  const x0 = decade(Math.min(...all.map((p) => p.x)), Math.floor);
  const x1 = decade(Math.max(...all.map((p) => p.x)), Math.ceil);
  const y0 = decade(Math.min(...all.map((p) => p.y)), Math.floor);
  const y1 = Math.max(decade(Math.max(...all.map((p) => p.y)), Math.ceil), y0 * 10);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (x: number) =>
    margin.left + ((Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0) || 1)) * plotW;
  const sy = (y: number) =>
    margin.top + plotH - ((Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${margin.left}" y="22" font-size="15" font-weight="bold">${escapeXml(options.title)}</text>`,
  ];
  for (let v = x0; v <= x1 * 1.0001; v *= 10) {
    out.push(
      `<line x1="${sx(v)}" y1="${margin.top}" x2="${sx(v)}" y2="${margin.top + plotH}" stroke="#ddd"/>`,
      `<text x="${sx(v)}" y="${margin.top + plotH + 18}" text-anchor="middle">${v.toLocaleString('en-US')}</text>`,
    );
  }
  for (let v = y0; v <= y1 * 1.0001; v *= 10) {
    out.push(
      `<line x1="${margin.left}" y1="${sy(v)}" x2="${margin.left + plotW}" y2="${sy(v)}" stroke="#ddd"/>`,
      `<text x="${margin.left - 8}" y="${sy(v) + 4}" text-anchor="end">${v >= 1 ? v.toLocaleString('en-US') : v.toPrecision(1)}</text>`,
    );
  }
  out.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text transform="translate(16 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`,
  );
  options.series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points = s.points.filter((p) => p.x > 0 && p.y > 0);
    out.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`,
      ...points.map((p) => `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${colour}"/>`),
      `<line x1="${margin.left + plotW + 14}" y1="${margin.top + 10 + i * 20}" x2="${margin.left + plotW + 34}" y2="${margin.top + 10 + i * 20}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${margin.left + plotW + 40}" y="${margin.top + 14 + i * 20}">${escapeXml(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** The exponent k of cost ∝ N^k that fits the points best (least squares on the logs). */
export function growthExponent(points: Array<{ x: number; y: number }>): number {
  const p = points.filter((q) => q.x > 0 && q.y > 0).map((q) => ({ x: Math.log(q.x), y: Math.log(q.y) }));
  if (p.length < 2) return NaN;
  const mx = p.reduce((a, q) => a + q.x, 0) / p.length;
  const my = p.reduce((a, q) => a + q.y, 0) / p.length;
  const num = p.reduce((a, q) => a + (q.x - mx) * (q.y - my), 0);
  const den = p.reduce((a, q) => a + (q.x - mx) ** 2, 0);
  return num / den;
}

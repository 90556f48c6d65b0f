/**
 * What the hover card says about a highlighted official or figure: canonical name and role, or the
 * figure's kind and normalised value, and the other saved articles that share it.
 */
import type { HoverCardData } from '@/components/page/hover-card';
import type { Analysis, Figure } from '@/core/model/analysis';
import { figureKey } from '@/core/model/records';
import type { PageContext } from '@/messaging/protocol';

const KIND_LABEL: Record<Figure['kind'], string> = {
  money: 'Money',
  percent: 'Percentage',
  date: 'Date',
  year: 'Year',
  count: 'Count',
  duration: 'Duration',
};

/** The normalised value of a figure in words a reader checks against the text. */
export function describeValue(f: Pick<Figure, 'kind' | 'value' | 'unit'>): string {
  if (f.value === null) return 'value not determined';
  if (f.kind === 'money' && typeof f.value === 'number') {
    const [currency, per] = (f.unit ?? '').split('/');
    const amount = currency
      ? new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: Number.isInteger(f.value) ? 0 : 2 }).format(f.value)
      : String(f.value);
    return per ? `${amount} per ${per}` : amount;
  }
  if (f.kind === 'percent') return `${f.value}${f.unit === '%' ? '%' : ` ${f.unit ?? ''}`}`.trim();
  if (typeof f.value === 'number') return `${f.value.toLocaleString('en-GB')}${f.unit ? ` ${f.unit}` : ''}`;
  return f.unit && f.kind !== 'year' && f.kind !== 'date' ? `${f.value} ${f.unit}` : f.value;
}

/** The card for highlight `id` ("o2" = third official, "f0" = first figure), or null if unknown. */
export function describeMark(
  analysis: Analysis | null,
  context: PageContext | null,
  kind: 'official' | 'figure',
  id: string,
): HoverCardData | null {
  const i = Number(id.slice(1));
  if (!analysis || !Number.isInteger(i)) return null;
  if (kind === 'official') {
    const person = analysis.officials[i];
    if (!person) return null;
    const officialId = context?.officialIds[i];
    const n = person.mentions.length;
    return {
      kind,
      heading: person.name,
      details: [person.role ?? 'Role not stated', `Named ${n} time${n === 1 ? '' : 's'} in this article`],
      related: (officialId && context?.relatedByOfficial[officialId]) || [],
    };
  }
  const figure = analysis.figures[i];
  if (!figure) return null;
  return {
    kind,
    heading: figure.text,
    details: [`${KIND_LABEL[figure.kind]}: ${describeValue(figure)}`],
    related: context?.relatedByFigure[figureKey(figure)] ?? [],
  };
}

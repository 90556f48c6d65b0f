/**
 * The dossier of one official, in Markdown: who they are (roles seen, aliases, watchlist details) and
 * every saved article that names them in date order, with the reader's notes that name them.
 */
import { articleDate, buildIndexes } from './indexes';
import { annotationMarkdown, displayDate } from './markdown';
import { escapeMarkdownInline, markdownLink } from './markdown-escape';
import { officialMatcher } from './official-matcher';
import type { ExportData } from './types';

/** Options of the dossier. */
export interface DossierOptions {
  officialId: string;
  now: Date;
}

function listLine(label: string, values: readonly (string | null | undefined)[]): string | null {
  const clean = [...new Set(values.filter((v): v is string => !!v && !!v.trim()))];
  return clean.length ? `**${label}:** ${clean.map(escapeMarkdownInline).join(', ')}` : null;
}

/** The dossier for `options.officialId`, or null when that official is not in `data`. */
export function toDossier(data: ExportData, options: DossierOptions): string | null {
  const idx = buildIndexes(data);
  const official = idx.officialById.get(options.officialId);
  if (!official) return null;
  const mentions = data.mentions
    .filter((m) => m.officialId === official.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId));
  const watch = data.watchlist.find((w) => w.id === official.watchlistId);
  const allForms = mentions.flatMap((m) => m.forms);
  const matcher = officialMatcher(official, allForms);

  const out = [`# ${escapeMarkdownInline(official.name)}`, ''];
  const facts = [
    listLine('Roles seen', [...official.roles, ...mentions.map((m) => m.role), watch?.role]),
    listLine('Also named as', [...official.aliases, ...(watch?.aliases ?? [])]),
    listLine('Party', [watch?.party]),
    listLine('Ward', [watch?.ward]),
    listLine('Council', [watch?.council]),
  ].filter((l): l is string => l !== null);
  out.push(...facts.map((f) => `${f}  `), `Exported ${displayDate(options.now.toISOString())}`, '');
  out.push(`## Articles (${mentions.length})`);

  for (const m of mentions) {
    const article = idx.articleById.get(m.articleId);
    const url = article?.url ?? m.articleId;
    out.push('', `### ${markdownLink(article?.title ?? url, url)}`);
    const meta = [article?.siteName, displayDate(articleDate(article) || m.date)].filter((s): s is string => !!s);
    if (meta.length) out.push(`*${meta.map(escapeMarkdownInline).join(' · ')}*`);
    const forms = [...new Set(m.forms)];
    if (forms.length) out.push(`Named as: ${forms.map((f) => `“${escapeMarkdownInline(f)}”`).join(', ')}`);
    const notes = (idx.annotationsByArticle.get(m.articleId) ?? [])
      .filter((a) => matcher.test(a.target.quote.exact) || matcher.test(a.note))
      .sort((a, b) => a.target.position.start - b.target.position.start);
    for (const a of notes) out.push('', annotationMarkdown(a));
  }
  return `${out.join('\n')}\n`;
}

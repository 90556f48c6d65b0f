import { isWebUrl } from '@/core/web-url';
import type { ArticleRef } from '@/messaging/protocol';

/** Other saved articles that share an official or a figure; empty state says so. */
export function RelatedArticles({ articles }: { articles: ArticleRef[] }) {
  if (articles.length === 0) return <p class="muted">Not in any other saved article yet.</p>;
  return (
    <ul class="related">
      {articles.map((a) => (
        <li key={a.id}>
          <a href={isWebUrl(a.url) ? a.url : undefined} target="_blank" rel="noopener noreferrer">
            {a.title ?? a.url}
          </a>
          <span class="muted">{[a.siteName, a.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
}

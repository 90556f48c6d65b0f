/**
 * One cold analysis, run in a fresh Node process by `npm run bench`: extracts a fixture page, then
 * times detection (officials, people, figures) on its first call in this process, when every lazy
 * table and regular expression is still to be built, and again once warm. Prints one JSON line.
 * Every page load starts the content script in a fresh world, so the cold call is what readers pay.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../core/analyze';
import { extractArticle, isNotArticle } from '../../core/article';
import { parsePage } from './parse-page';

const [file, url] = process.argv.slice(2);
const document = await parsePage(readFileSync(file!, 'utf8'));
const article = extractArticle(document, url ?? null);
if (isNotArticle(article)) throw new Error(`not an article: ${article.reason}`);
// The module is loaded (tsx transpiles it, which a built script never pays) but never yet run:
// V8 compiles each regular expression on its first use, so that cost lands in this call.
const t0 = performance.now();
analyzeArticle(article);
const cold = performance.now() - t0;
const t1 = performance.now();
analyzeArticle(article);
const warm = performance.now() - t1;
process.stdout.write(`${JSON.stringify({ chars: article.text.length, cold, warm })}\n`);

/**
 * Parses an HTML string into a Document in Node for the `analyze` command, with linkedom.
 *
 * Why linkedom and not happy-dom (which the unit tests use): on the real saved news pages in
 * ../shared/readability-pages and on every fixture article, extraction and detection give the same
 * result with both (one page differs by a caption), but linkedom is about 4x faster overall, keeps
 * Readability linear on huge pages (a 200,000-paragraph page did not finish in 60 s under
 * happy-dom), loads in a fraction of the time (importing happy-dom alone took over a second, most
 * of the command's start-up), and parses a page happy-dom turned into an empty body (cnet). linkedom
 * is also what Readability's own documentation suggests for Node. It never runs scripts, loads
 * stylesheets or fetches anything: pages are untrusted input.
 *
 * Imported on first use, so a run over text files never loads a DOM at all.
 */
export async function parsePage(html: string): Promise<Document> {
  const { DOMParser } = await import('linkedom');
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Splits "budget, Cllr Smith ,, tax" into ["budget", "Cllr Smith", "tax"]: trimmed, no empties, no repeats. */
export function parseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

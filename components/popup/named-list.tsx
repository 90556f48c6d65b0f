/** The people an article names (officials, or everyone else), each with role and mention count. */

/** One person in the list. */
export interface NamedPerson {
  name: string;
  role: string | null;
  count: number;
}

/** Props of {@link NamedList}. */
export interface NamedListProps {
  id: string;
  heading: string;
  people: NamedPerson[];
  /** Said when the list is empty. */
  empty: string;
  /** Officials' names are bold: they are what the extension is for. */
  strong?: boolean;
  class?: string;
}

/** A headed section listing names; page text renders as text. */
export function NamedList({ id, heading, people, empty, strong = false, class: extra }: NamedListProps) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {heading} ({people.length})
      </h3>
      {people.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class={extra ? `officials ${extra}` : 'officials'}>
          {people.map((o, i) => (
            <li key={`${o.name}|${i}`}>
              {strong ? <strong>{o.name}</strong> : o.name}
              {o.role && <span class="role">, {o.role}</span>}
              <span class="count" aria-label={`${o.count} mentions`}>
                {' '}
                ×{o.count}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

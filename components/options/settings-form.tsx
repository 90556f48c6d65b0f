/**
 * Reader preferences: the news-site list, which highlight categories show, their colours and
 * whether articles on listed sites are remembered automatically. Every change is reported at once.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '@/core/model/records';
import { CATEGORY_IDS, categoryLabel } from '@/core/model/highlight-categories';
import { normaliseSite } from '@/core/settings/site-match';

/** Props of {@link SettingsForm}. */
export interface SettingsFormProps {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void | Promise<void>;
  /** Called with a validated host before it is added (the entrypoint asks for host permission). */
  onAddSite: (host: string) => void | Promise<void>;
}

/** Site list editor plus highlight and remembering preferences. */
export function SettingsForm({ settings, onChange, onAddSite }: SettingsFormProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const host = normaliseSite(draft);
    if (!host) {
      setProblem(`"${draft.trim()}" is not a web address or host name (for example: localnews.example.co.uk).`);
      return;
    }
    if (settings.sites.includes(host)) {
      setProblem(`${host} is already on the list.`);
      return;
    }
    setProblem(null);
    setDraft('');
    void onAddSite(host);
  };
  return (
    <div class="settings-form">
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">News sites</h2>
        <p class="muted">Pages on these sites (and their subdomains) are analysed automatically.</p>
        <form onSubmit={add} class="inline-form">
          <label>
            Add a site
            <input
              type="text"
              value={draft}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'site-problem' : undefined}
              onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
              placeholder="localnews.example.co.uk"
            />
          </label>
          <button type="submit">Add</button>
        </form>
        {problem && (
          <p id="site-problem" class="field-error" role="alert">
            {problem}
          </p>
        )}
        <ul class="site-list">
          {settings.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="link danger"
                aria-label={`Remove ${site}`}
                onClick={() => void onChange({ sites: settings.sites.filter((s) => s !== site) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="highlights-h">
        <h2 id="highlights-h">Highlights</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.autoRemember}
            onChange={(e) => void onChange({ autoRemember: (e.currentTarget as HTMLInputElement).checked })}
          />
          Remember articles on these sites automatically
        </label>
        <fieldset>
          <legend>Show</legend>
          {CATEGORY_IDS.map((cat) => (
            <label key={cat}>
              <input
                type="checkbox"
                checked={settings.categories[cat]}
                onChange={(e) => void onChange({ categories: { ...settings.categories, [cat]: (e.currentTarget as HTMLInputElement).checked } })}
              />
              {categoryLabel(cat)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Colours</legend>
          {(['official', 'figure'] as const).map((cat) => (
            <label key={cat}>
              <input
                type="color"
                value={settings.colors[cat]}
                onChange={(e) => void onChange({ colors: { ...settings.colors, [cat]: (e.currentTarget as HTMLInputElement).value } })}
              />
              {categoryLabel(cat)}
            </label>
          ))}
        </fieldset>
      </section>
    </div>
  );
}

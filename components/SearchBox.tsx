import { useMemo, useRef, useState } from 'preact/hooks';
import type { T } from '../lib/i18n';

export interface SearchResult {
  id: string;
  name: string;
  kind: 'person' | 'office' | 'body';
  role: string;
  user?: boolean;
}

export interface SearchBoxProps {
  t: T;
  search: (q: string) => SearchResult[];
  onChoose: (id: string) => void;
}

const ORDER = ['person', 'office', 'body'] as const;
const rank = (results: SearchResult[], kind: SearchResult['kind']) => {
  const i = results.findIndex((r) => r.kind === kind);
  return i < 0 ? Infinity : i;
};

/** Search field with results grouped by kind; arrows move, Enter opens, Esc clears. */
export function SearchBox({ t, search, onChoose }: SearchBoxProps) {
  const [q, setQ] = useState('');
  const [sel, setSel] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => (q.trim() ? search(q) : []), [q]);
  // groups in the order of their best result; results in display order, so arrow keys follow what the reader sees
  const groups = useMemo(() => [...ORDER].sort((a, b) => rank(results, a) - rank(results, b)), [results]);
  const ordered = useMemo(() => groups.flatMap((k) => results.filter((r) => r.kind === k)), [results, groups]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSel((s) => Math.min(s + 1, ordered.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSel((s) => Math.max(s - 1, 0));
    } else if (e.key === 'Enter' && ordered[sel]) {
      e.preventDefault();
      onChoose(ordered[sel].id);
    } else if (e.key === 'Escape' && q) {
      e.preventDefault();
      setQ('');
      setSel(0);
    }
  };
  return (
    <div class="search">
      <input
        ref={input}
        type="search"
        autoFocus
        placeholder={t('search')}
        aria-label={t('search')}
        role="combobox"
        aria-expanded={ordered.length > 0}
        aria-controls="tanys-results"
        aria-activedescendant={ordered[sel] ? `r-${sel}` : undefined}
        value={q}
        onInput={(e) => {
          setQ((e.target as HTMLInputElement).value);
          setSel(0);
        }}
        onKeyDown={onKey}
      />
      {q.trim() && !ordered.length ? <p class="muted">{t('noResults')}</p> : null}
      <div id="tanys-results" role="listbox">
        {groups.map((k) => {
          const group = ordered.filter((r) => r.kind === k);
          if (!group.length) return null;
          return (
            <div class="group" key={k} role="group" aria-label={t(k)}>
              <h3>{t(k)}</h3>
              {group.map((r) => {
                const i = ordered.indexOf(r);
                return (
                  <div id={`r-${i}`} key={r.id} role="option" aria-selected={i === sel} class={`result ${i === sel ? 'selected' : ''}`} data-id={r.id} onClick={() => onChoose(r.id)} onMouseEnter={() => setSel(i)}>
                    <span class="name">{r.name}</span>
                    {r.user ? <span class="badge-user">{t('yours')}</span> : null}
                    <span class="role">{r.role}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

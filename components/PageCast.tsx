import type { CastEntry } from '../lib/messages';
import type { T } from '../lib/i18n';

/** "On this page": the entities found in the current tab, with counts; choosing one reveals it. */
export function PageCast({ cast, t, onReveal }: { cast: CastEntry[] | null; t: T; onReveal: (id: string) => void }) {
  if (cast === null) return null;
  return (
    <section class="cast">
      <h2>{t('onThisPage')}</h2>
      {cast.length ? (
        <ul>
          {cast.map((c) => (
            <li key={c.id}>
              <button type="button" class={`link kind-${c.kind}`} data-id={c.id} onClick={() => onReveal(c.id)}>
                {c.name}
              </button>{' '}
              <span class="muted">×{c.count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('nothingOnPage')}</p>
      )}
    </section>
  );
}

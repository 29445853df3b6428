import type { EntityPageModel } from '../lib/entity-page';
import type { CardModel } from '../lib/card-model';
import type { T } from '../lib/i18n';
import { EntityCard } from './EntityCard';
import { yearOf, yearRange } from '../lib/gazetteer/dates';

export interface EntityPageProps {
  card: CardModel;
  page: EntityPageModel;
  t: T;
  onOpen: (id: string) => void;
}

function Links({ title, list, onOpen }: { title: string; list: { id: string; name: string }[]; onOpen: (id: string) => void }) {
  if (!list.length) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {list.map((r) => (
          <li key={r.id}>
            <button type="button" class="link" onClick={() => onOpen(r.id)}>
              {r.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The card, extended: the full timeline, relations and every name in every script. */
export function EntityPage({ card, page, t, onOpen }: EntityPageProps) {
  return (
    <article class="entity-page" data-entity={page.entity.id}>
      <EntityCard model={card} t={t} onOpen={onOpen} />
      {page.timeline.length ? (
        <section>
          <h3>{page.entity.kind === 'person' ? t('officesHeld') : t('timeline')}</h3>
          <ol class="timeline">
            {page.timeline.map((r) => (
              <li key={r.id + r.from}>
                <span class="years">
                  {r.to ? yearRange(r.from, r.to) : `${yearOf(r.from)}–${t('now')}`}
                </span>{' '}
                {r.lapse ? (
                  <span class="muted lapse">{t(r.lapse === 'vacant' ? 'lapseVacant' : 'lapseAbolished')}</span>
                ) : (
                  <button type="button" class="link" onClick={() => onOpen(r.id)}>
                    {r.name}
                  </button>
                )}
                {r.acting ? <span class="muted"> ({t('acting')})</span> : null}
                {r.seen ? <span class="muted seen"> ({t('seenIn', { when: yearRange(r.from, r.to ?? r.from) })})</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <Links title={t('children')} list={page.children} onOpen={onOpen} />
      <Links title={t('replaces')} list={page.replaces} onOpen={onOpen} />
      <Links title={t('replacedBy')} list={page.replacedBy} onOpen={onOpen} />
      <section>
        <h3>{t('names')}</h3>
        {page.names.map((n) => (
          <p key={n.lang} lang={n.lang} class="names">
            <b>{n.lang}</b> {n.names.join(' · ')}
          </p>
        ))}
      </section>
    </article>
  );
}

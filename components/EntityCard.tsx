import type { CardModel, CardRef } from '../lib/card-model';
import type { T } from '../lib/i18n';

export interface EntityCardProps {
  model: CardModel;
  t: T;
  /** Full entity page (popup): every holder, every name. */
  onOpen?: (id: string) => void;
  onClose?: () => void;
}

function Ref({ r, t, onOpen }: { r: CardRef; t: T; onOpen?: (id: string) => void }) {
  const label = (
    <>
      {r.name}
      {r.acting ? <span class="tanys-muted"> ({t('acting')})</span> : null}
      {r.when ? <span class="tanys-muted"> · {r.seen ? t('seenIn', { when: r.when }) : r.when}</span> : null}
    </>
  );
  return <li>{onOpen ? <button type="button" class="tanys-link" onClick={() => onOpen(r.id)}>{label}</button> : label}</li>;
}

function Refs({ title, list, t, onOpen }: { title: string; list: CardRef[]; t: T; onOpen?: (id: string) => void }) {
  return (
    <section class="tanys-section">
      <h3>{title}</h3>
      {list.length ? (
        <ul>
          {list.map((r) => (
            <Ref key={r.id + (r.when ?? '')} r={r} t={t} onOpen={onOpen} />
          ))}
        </ul>
      ) : (
        <p class="tanys-muted">{t('nobody')}</p>
      )}
    </section>
  );
}

/** The card a reader sees on hover: what the entity is, who held it on the page's date and now, sources. */
export function EntityCard({ model: m, t, onOpen, onClose }: EntityCardProps) {
  const headingId = `tanys-card-title-${m.id.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <div class={`tanys-card tanys-kind-${m.kind}`} role="dialog" aria-labelledby={headingId} data-entity={m.id}>
      <header>
        <span class={`tanys-badge tanys-badge-${m.kind}`}>{t(m.kind)}</span>
        {m.user ? <span class="tanys-badge tanys-badge-user">{t('yours')}</span> : null}
        {onClose ? (
          <button type="button" class="tanys-close" aria-label={t('close')} onClick={onClose}>
            ×
          </button>
        ) : null}
        {m.written ? <div class="tanys-written">“{m.written}”</div> : null}
        <h2 id={headingId}>{m.name}</h2>
        {m.nameThen ? <div class="tanys-then">{m.nameThen}</div> : null}
        {m.ru || m.kk ? (
          <div class="tanys-alt" lang="ru">
            {[m.ru, m.kk].filter(Boolean).join(' · ')}
          </div>
        ) : null}
      </header>
      {m.explanation ? <p class="tanys-explanation">{m.explanation}</p> : null}
      {m.notes.map((n) => (
        <p class="tanys-note" key={n}>
          {n}
        </p>
      ))}
      {m.former ? <Refs title={t('namedFormer')} list={[m.former]} t={t} onOpen={onOpen} /> : null}
      {m.kind === 'office' ? <Refs title={t(m.several ? 'heldOnSeveral' : 'heldOn', { date: m.date })} list={m.holdersThen} t={t} onOpen={onOpen} /> : null}
      {m.kind === 'office' && m.holdersNow ? <Refs title={t(m.several ? 'heldNowSeveral' : 'heldNow')} list={m.holdersNow} t={t} onOpen={onOpen} /> : null}
      {m.kind === 'body' && (m.holdersThen.length || m.holdersNow?.length) ? <Refs title={t('headOn', { date: m.date })} list={m.holdersThen} t={t} onOpen={onOpen} /> : null}
      {m.kind === 'body' && m.holdersNow ? <Refs title={t('headNow')} list={m.holdersNow} t={t} onOpen={onOpen} /> : null}
      {m.kind === 'person' ? <Refs title={t('officesOn', { date: m.date })} list={m.officesThen} t={t} onOpen={onOpen} /> : null}
      {m.kind === 'person' && m.officesNow ? <Refs title={t('officesNow')} list={m.officesNow} t={t} onOpen={onOpen} /> : null}
      {m.parent ? (
        <p class="tanys-parent">
          {t('partOf')}: {onOpen ? <button type="button" class="tanys-link" onClick={() => onOpen(m.parent!.id)}>{m.parent.name}</button> : m.parent.name}
        </p>
      ) : null}
      {m.candidates ? <Refs title={t('ambiguous')} list={m.candidates.filter((c) => c.id !== m.id)} t={t} onOpen={onOpen} /> : null}
      <footer>
        <span>{t('sources')}: </span>
        {m.sources.map((u, i) => (
          <a key={u} href={u} target="_blank" rel="noopener noreferrer">
            {hostOf(u)}
            {i < m.sources.length - 1 ? ' ' : ''}
          </a>
        ))}
        <div class="tanys-muted">{t('asOf', { date: m.asOf })}</div>
      </footer>
    </div>
  );
}

function hostOf(u: string): string {
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return u;
  }
}

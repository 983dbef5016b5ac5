/**
 * One claim's fields, its review controls (for a signed-in analyst) and its audit trail.
 */
import { useState } from 'preact/hooks';
import { api, type AuditEntry, type Claim, type ClaimPatch, type ClaimRow } from '../api';
import { fmtClaimValue, fmtDate, fmtMeasure } from '../format';
import { useLoad } from '../hooks';
import { href } from '../router';
import { useSession } from '../session';

const MEASURES = ['killed', 'wounded', 'killed_or_wounded', 'captured', 'missing', 'deployed', 'equipment_lost', 'strikes', 'aid_committed', 'aid_delivered', 'aid_remaining', 'territory', 'displaced', 'other'];

function num(v: FormDataEntryValue | null): number | null {
  const s = String(v ?? '').replace(/,/g, '').trim();
  return s === '' ? null : Number(s);
}
function str(v: FormDataEntryValue | null): string | null {
  const s = String(v ?? '').trim();
  return s === '' ? null : s;
}

/** What changed between two versions of a claim, as "field: before → after" lines. */
export function diffClaims(before: Claim, after: Claim): string[] {
  const keys = ['value', 'unit', 'per', 'measure', 'item', 'party', 'counterparty', 'location', 'source', 'statedOn', 'hedges', 'aggregation'] as const;
  const out: string[] = [];
  for (const k of keys) {
    const a = JSON.stringify(before[k] ?? null);
    const b = JSON.stringify(after[k] ?? null);
    if (a !== b) out.push(`${k}: ${a} → ${b}`);
  }
  return out;
}

export function AuditList({ audit }: { audit: AuditEntry[] }) {
  if (!audit.length) return <p class="muted small">No reviews yet.</p>;
  return (
    <ol class="audit" aria-label="Audit trail">
      {audit.map((a) => (
        <li key={a.id} data-testid="audit-entry">
          <strong>{a.action}</strong> by <span class="actor">{a.actor}</span> <time dateTime={a.at}>{fmtDate(a.at)}</time>
          {a.note ? <div class="note">“{a.note}”</div> : null}
          {diffClaims(a.before, a.after).map((d) => (
            <div class="diff small">{d}</div>
          ))}
        </li>
      ))}
    </ol>
  );
}

export function ClaimPanel({ row, onChanged }: { row: ClaimRow; onChanged: (row: ClaimRow) => void }) {
  const detail = useLoad(() => api.claim(row.id), [row.id, row.status]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const c = row.claim;
  const signedIn = useSession().user !== null;

  const act = async (action: 'confirm' | 'reject' | 'correct', patch?: ClaimPatch, note?: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const res = await api.review(row.id, { action, patch, note: note ?? null });
      setEditing(false);
      onChanged(res.claim);
      detail.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const submitCorrection = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const patch: ClaimPatch = {
      value: { low: num(f.get('low')), high: num(f.get('high')), approximate: f.get('approximate') === 'on' },
      measure: String(f.get('measure')) as ClaimPatch['measure'],
      party: str(f.get('party')),
      location: str(f.get('location')),
      statedOn: str(f.get('statedOn')),
    };
    void act('correct', patch, str(f.get('note')));
  };

  return (
    <div class="claim-panel" data-testid="claim-panel" tabIndex={-1} aria-label="Selected claim">
      <h3>
        {fmtClaimValue(c)} <span class={`status status-${row.status}`}>{row.status}</span>
      </h3>
      <p class="quote">“{c.sentence}”</p>
      <dl class="fields">
        <dt>Measure</dt>
        <dd>{fmtMeasure(c.measure)}</dd>
        <dt>Party</dt>
        <dd>{c.party ?? '—'}</dd>
        {c.counterparty ? (
          <>
            <dt>Counterparty</dt>
            <dd>{c.counterparty}</dd>
          </>
        ) : null}
        <dt>Location</dt>
        <dd>{c.location ?? '—'}</dd>
        <dt>Source</dt>
        <dd>
          {c.source ? (row.sourceId !== null ? <a href={href(`sources/${row.sourceId}`)}>{c.source.name}</a> : c.source.name) : '—'}
          {c.source?.affiliation ? ` (${c.source.affiliation})` : ''}
        </dd>
        <dt>Stated</dt>
        <dd>{fmtDate(c.statedOn)}</dd>
        <dt>Hedges</dt>
        <dd>{c.hedges.length ? c.hedges.join(', ') : '—'}</dd>
        <dt>Series</dt>
        <dd>
          <a href={href(`series/${row.indicatorId}`)}>timeline</a>
        </dd>
      </dl>
      {signedIn ? (
        <div class="review">
          <div class="review-actions">
            <button type="button" disabled={busy} onClick={() => void act('confirm')}>
              Confirm
            </button>
            <button type="button" disabled={busy} onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
              Correct…
            </button>
            <button type="button" class="danger" disabled={busy} onClick={() => void act('reject')}>
              Reject
            </button>
          </div>
          {editing ? (
            <form class="correct-form" onSubmit={submitCorrection} aria-label="Correct this claim">
              <label>
                Low <input name="low" inputMode="decimal" defaultValue={c.value.low?.toString() ?? ''} />
              </label>
              <label>
                High <input name="high" inputMode="decimal" defaultValue={c.value.high?.toString() ?? ''} />
              </label>
              <label class="check">
                <input type="checkbox" name="approximate" defaultChecked={c.value.approximate} /> approximate
              </label>
              <label>
                Measure
                <select name="measure">
                  {MEASURES.map((m) => (
                    <option value={m} selected={m === c.measure}>
                      {fmtMeasure(m)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Party <input name="party" defaultValue={c.party ?? ''} />
              </label>
              <label>
                Location <input name="location" defaultValue={c.location ?? ''} />
              </label>
              <label>
                Stated on <input name="statedOn" defaultValue={c.statedOn ?? ''} placeholder="YYYY-MM-DD" />
              </label>
              <label class="wide">
                Note <input name="note" placeholder="why (optional)" />
              </label>
              <button type="submit" disabled={busy}>
                Save correction
              </button>
            </form>
          ) : null}
        </div>
      ) : (
        <p class="muted small">
          <a href={href('signin')}>Sign in</a> with a token to confirm, correct or reject.
        </p>
      )}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <h4>Audit trail</h4>
      {detail.data ? <AuditList audit={detail.data.audit} /> : null}
    </div>
  );
}

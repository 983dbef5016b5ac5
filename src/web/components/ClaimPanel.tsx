/**
 * One claim's fields, its review controls (for a signed-in analyst) and its audit trail.
 */
import { cloneElement, type JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type AuditEntry, type Claim, type ClaimPatch, type ClaimRow, type FieldError } from '../api';
import { fmtClaimValue, fmtDate, fmtMeasure, fmtValue } from '../format';
import { useLoad } from '../hooks';
import { href } from '../router';
import { useSession } from '../session';
import { fmtPeriod } from './TimelineChart';

const MEASURES: Claim['measure'][] = ['killed', 'wounded', 'killed_or_wounded', 'captured', 'missing', 'deployed', 'equipment_lost', 'strikes', 'aid_committed', 'aid_delivered', 'aid_remaining', 'territory', 'displaced', 'other'];
const UNITS: Claim['unit'][] = ['person', 'USD', 'EUR', 'GBP', 'UAH', 'RUB', 'percent', 'km2', 'km', 'item', 'other'];
const SOURCE_KINDS: NonNullable<Claim['source']>['kind'][] = ['official', 'military', 'intelligence', 'media', 'research', 'international', 'ngo', 'person', 'other'];

/**
 * A typed figure as a number; anything else is sent as typed, so that the API, the one
 * judge of a correction, refuses it and names the field ("value.low: expected number").
 */
function num(v: FormDataEntryValue | null): number | null {
  const s = String(v ?? '').replace(/[,\s]/g, '');
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : (s as unknown as number);
}
function str(v: FormDataEntryValue | null): string | null {
  const s = String(v ?? '').trim();
  return s === '' ? null : s;
}

/** Fields an audit entry compares, with the label a reader sees. */
const AUDIT_FIELDS = [
  ['value', 'Value'],
  ['unit', 'Unit'],
  ['per', 'Per'],
  ['measure', 'Measure'],
  ['item', 'Item'],
  ['party', 'Party'],
  ['counterparty', 'Counterparty'],
  ['location', 'Location'],
  ['source', 'Source'],
  ['statedOn', 'Stated on'],
  ['period', 'Period'],
  ['hedges', 'Hedges'],
  ['aggregation', 'Aggregation'],
] as const;
type AuditField = (typeof AUDIT_FIELDS)[number][0];

/** One field of a claim as a reader would write it. */
export function showField(c: Claim, k: AuditField): string {
  switch (k) {
    case 'value':
      return fmtValue(c.value, c.unit);
    case 'measure':
      return fmtMeasure(c.measure);
    case 'source':
      return c.source ? [c.source.name, [c.source.kind, c.source.affiliation, c.source.anonymous ? 'anonymous' : null].filter(Boolean).join(', ')].join(' (') + ')' : '—';
    case 'period':
      return fmtPeriod(c.period ?? null) ?? '—';
    case 'hedges':
      return c.hedges.length ? c.hedges.join(', ') : '—';
    default: {
      const v = c[k];
      return v == null || v === '' ? '—' : String(v);
    }
  }
}

/** What changed between two versions of a claim: one row per field, before and after. */
export function diffClaims(before: Claim, after: Claim): { field: string; before: string; after: string }[] {
  const out: { field: string; before: string; after: string }[] = [];
  for (const [k, label] of AUDIT_FIELDS) {
    if (JSON.stringify(before[k] ?? null) === JSON.stringify(after[k] ?? null)) continue;
    let b = showField(before, k);
    let a = showField(after, k);
    // Two values that read the same differ in a detail the short form hides: say it.
    if (a === b) {
      b = JSON.stringify(before[k] ?? null);
      a = JSON.stringify(after[k] ?? null);
    }
    out.push({ field: label, before: b, after: a });
  }
  return out;
}

export function AuditList({ audit }: { audit: AuditEntry[] }) {
  if (!audit.length) return <p class="muted small">No reviews yet.</p>;
  return (
    <ol class="audit" aria-label="Audit trail">
      {audit.map((a) => {
        const diff = diffClaims(a.before, a.after);
        return (
          <li key={a.id} data-testid="audit-entry">
            <strong>{a.action}</strong> by <span class="actor">{a.actor}</span> <time dateTime={a.at}>{fmtDate(a.at)}</time>
            {a.note ? <div class="note">“{a.note}”</div> : null}
            {diff.length ? (
              <table class="audit-diff">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.map((d) => (
                    <tr key={d.field}>
                      <th scope="row">{d.field}</th>
                      <td class="before">{d.before}</td>
                      <td class="after">{d.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Form inputs by the API's field path: "body.patch.value.low" → the Low input. */
const INPUT_FOR_PATH: [RegExp, string][] = [
  [/^patch\.value\.low/, 'low'],
  [/^patch\.value\.high/, 'high'],
  [/^patch\.value/, 'low'],
  [/^patch\.source\.name/, 'sourceName'],
  [/^patch\.source\.kind/, 'sourceKind'],
  [/^patch\.source\.affiliation/, 'sourceAffiliation'],
  [/^patch\.source/, 'sourceName'],
  [/^patch\.period\.start/, 'periodStart'],
  [/^patch\.period\.end/, 'periodEnd'],
  [/^patch\.period/, 'periodStart'],
  [/^patch\.hedges/, 'hedges'],
  [/^patch\.(\w+)/, '$1'],
];

/** What the form calls each input, for the message that sums up a refusal. */
const INPUT_LABELS: Record<string, string> = {
  low: 'Low',
  high: 'High',
  unit: 'Unit',
  per: 'Per',
  measure: 'Measure',
  item: 'Item',
  party: 'Party',
  counterparty: 'Counterparty',
  location: 'Location',
  sourceName: 'Source name',
  sourceKind: 'Source kind',
  sourceAffiliation: 'Source affiliation',
  statedOn: 'Stated on',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  hedges: 'Hedges',
  aggregation: 'Aggregation',
};

export function inputForPath(path: string): string | null {
  const p = path.replace(/^body\./, '');
  for (const [re, name] of INPUT_FOR_PATH) if (re.test(p)) return p.replace(/^patch\.(\w+).*$/, name);
  return null;
}

/** The changed fields only: a correction overrides what it names on every later re-ingest. */
function buildPatch(c: Claim, f: FormData): ClaimPatch {
  const sourceName = str(f.get('sourceName'));
  const start = str(f.get('periodStart'));
  const end = str(f.get('periodEnd'));
  const next: ClaimPatch = {
    value: { low: num(f.get('low')), high: num(f.get('high')), approximate: f.get('approximate') === 'on' },
    unit: String(f.get('unit')) as Claim['unit'],
    item: str(f.get('item')),
    measure: String(f.get('measure')) as Claim['measure'],
    party: str(f.get('party')),
    counterparty: str(f.get('counterparty')),
    location: str(f.get('location')),
    source: sourceName
      ? {
          ...(c.source ?? { via: [] }),
          name: sourceName,
          kind: String(f.get('sourceKind')) as NonNullable<Claim['source']>['kind'],
          affiliation: str(f.get('sourceAffiliation')),
          anonymous: f.get('sourceAnonymous') === 'on',
          via: c.source?.via ?? [],
        }
      : null,
    statedOn: str(f.get('statedOn')),
    period: start || end ? { start, end } : null,
    hedges: String(f.get('hedges') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
  };
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) {
    const was = (c as Record<string, unknown>)[k] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(v)) patch[k] = v;
  }
  return patch as ClaimPatch;
}

export function ClaimPanel({ row, onChanged }: { row: ClaimRow; onChanged: (row: ClaimRow) => void }) {
  const detail = useLoad(() => api.claim(row.id), [row.id, row.status]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  // A refused correction takes the reader to the first field the API named.
  useEffect(() => {
    const first = Object.keys(fieldErrors)[0];
    if (first) (formRef.current?.elements.namedItem(first) as HTMLElement | null)?.focus();
  }, [fieldErrors]);
  const [busy, setBusy] = useState(false);
  const c = row.claim;
  const signedIn = useSession().user !== null;

  const act = async (action: 'confirm' | 'reject' | 'correct', patch?: ClaimPatch, note?: string | null) => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const res = await api.review(row.id, { action, patch, note: note ?? null });
      setEditing(false);
      onChanged(res.claim);
      detail.reload();
    } catch (err) {
      const fields = err instanceof ApiError ? byInput(err.errors) : {};
      const named = Object.entries(fields).map(([name, message]) => `${INPUT_LABELS[name] ?? name}: ${message}`);
      setError(named.length ? `Not saved. ${named.join('; ')}` : err instanceof Error ? err.message : String(err));
      setFieldErrors(fields);
    } finally {
      setBusy(false);
    }
  };
  const submitCorrection = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const patch = buildPatch(c, f);
    if (!Object.keys(patch).length) {
      setFieldErrors({});
      return setError('Nothing to save: no field differs from the claim.');
    }
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
        {c.item ? (
          <>
            <dt>Item</dt>
            <dd>{c.item}</dd>
          </>
        ) : null}
        <dt>Stated</dt>
        <dd>{fmtDate(c.statedOn)}</dd>
        <dt>Period</dt>
        <dd>{fmtPeriod(c.period ?? null) ?? '—'}</dd>
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
            <form ref={formRef} class="correct-form" onSubmit={submitCorrection} aria-label="Correct this claim" noValidate>
              <Field name="low" label="Low" errors={fieldErrors}>
                <input name="low" inputMode="decimal" defaultValue={c.value.low?.toString() ?? ''} />
              </Field>
              <Field name="high" label="High" errors={fieldErrors}>
                <input name="high" inputMode="decimal" defaultValue={c.value.high?.toString() ?? ''} />
              </Field>
              <label class="check">
                <input type="checkbox" name="approximate" defaultChecked={c.value.approximate} /> approximate
              </label>
              <Field name="unit" label="Unit" errors={fieldErrors}>
                <select name="unit">
                  {UNITS.map((u) => (
                    <option value={u} selected={u === c.unit}>
                      {u}
                    </option>
                  ))}
                </select>
              </Field>
              <Field name="measure" label="Measure" errors={fieldErrors}>
                <select name="measure">
                  {MEASURES.map((m) => (
                    <option value={m} selected={m === c.measure}>
                      {fmtMeasure(m)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field name="item" label="Item" errors={fieldErrors}>
                <input name="item" defaultValue={c.item ?? ''} placeholder="tanks, drones…" />
              </Field>
              <Field name="party" label="Party" errors={fieldErrors}>
                <input name="party" defaultValue={c.party ?? ''} />
              </Field>
              <Field name="counterparty" label="Counterparty" errors={fieldErrors}>
                <input name="counterparty" defaultValue={c.counterparty ?? ''} />
              </Field>
              <Field name="location" label="Location" errors={fieldErrors}>
                <input name="location" defaultValue={c.location ?? ''} />
              </Field>
              <fieldset>
                <legend>Source (empty name: no source)</legend>
                <Field name="sourceName" label="Source name" errors={fieldErrors}>
                  <input name="sourceName" defaultValue={c.source?.name ?? ''} />
                </Field>
                <Field name="sourceKind" label="Source kind" errors={fieldErrors}>
                  <select name="sourceKind">
                    {SOURCE_KINDS.map((k) => (
                      <option value={k} selected={k === (c.source?.kind ?? 'other')}>
                        {k}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field name="sourceAffiliation" label="Source affiliation" errors={fieldErrors}>
                  <input name="sourceAffiliation" defaultValue={c.source?.affiliation ?? ''} placeholder="US, UA…" />
                </Field>
                <label class="check">
                  <input type="checkbox" name="sourceAnonymous" defaultChecked={c.source?.anonymous ?? false} /> anonymous
                </label>
              </fieldset>
              <Field name="statedOn" label="Stated on" errors={fieldErrors}>
                <input name="statedOn" defaultValue={c.statedOn ?? ''} placeholder="YYYY-MM-DD" />
              </Field>
              <Field name="hedges" label="Hedges" errors={fieldErrors}>
                <input name="hedges" defaultValue={c.hedges.join(', ')} placeholder="about, at least" />
              </Field>
              <Field name="periodStart" label="Period start" errors={fieldErrors}>
                <input name="periodStart" defaultValue={c.period?.start ?? ''} placeholder="YYYY-MM(-DD)" />
              </Field>
              <Field name="periodEnd" label="Period end" errors={fieldErrors}>
                <input name="periodEnd" defaultValue={c.period?.end ?? ''} placeholder="YYYY-MM(-DD)" />
              </Field>
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

/** The API's field errors keyed by the form input they concern. */
function byInput(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const name = inputForPath(e.path);
    if (name && !(name in out)) out[name] = e.message;
  }
  return out;
}

/** A labelled input that shows the API's message for it and is marked invalid. */
function Field({ name, label, errors, children }: { name: string; label: string; errors: Record<string, string>; children: JSX.Element }) {
  const message = errors[name];
  const id = `correct-${name}`;
  // Labelled by `for`, not by wrapping: a wrapped <select> would take its options' text into its name.
  return (
    <span class="field">
      <label for={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': message ? 'true' : undefined, 'aria-describedby': message ? `${id}-error` : undefined })}
      {message ? (
        <span class="field-error" id={`${id}-error`}>
          {message}
        </span>
      ) : null}
    </span>
  );
}

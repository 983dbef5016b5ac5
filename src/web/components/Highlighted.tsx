/**
 * A field's text with claims and their evidence marked in place, by span. Everything is
 * rendered as text nodes: article data never becomes markup.
 */
import type { ClaimRow } from '../api';

export interface Mark {
  start: number;
  end: number;
  kind: 'claim' | 'source' | 'date';
  claimId: number;
}

/** Evidence fields highlighted beside the number: who said it and when. */
const EVIDENCE_KINDS: Record<string, Mark['kind']> = { source: 'source', statedOn: 'date' };

export function marksFor(claims: ClaimRow[], field: string, length: number): Mark[] {
  const out: Mark[] = [];
  for (const c of claims) {
    if (c.claim.field !== field) continue;
    const [s, e] = c.claim.span;
    if (s < e && e <= length) out.push({ start: s, end: e, kind: 'claim', claimId: c.id });
    for (const ev of c.claim.evidence ?? []) {
      const kind = EVIDENCE_KINDS[ev.field];
      if (!kind || !ev.span) continue;
      const [es, ee] = ev.span;
      // Evidence from the same field only: a carried source may point into another sentence of it.
      if (es < ee && ee <= length && !(es < e && s < ee)) out.push({ start: es, end: ee, kind, claimId: c.id });
    }
  }
  return out;
}

interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

function segments(length: number, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

export function Highlighted({
  text,
  marks,
  selected,
  onSelect,
}: {
  text: string;
  marks: Mark[];
  selected: number | null;
  onSelect: (claimId: number) => void;
}) {
  return (
    <>
      {segments(text.length, marks).map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        const claim = seg.marks.find((m) => m.kind === 'claim');
        if (claim) {
          const sel = claim.claimId === selected;
          return (
            <mark
              key={seg.start}
              id={`claim-${claim.claimId}`}
              class={`hl-claim${sel ? ' selected' : ''}`}
              data-claim={claim.claimId}
              tabIndex={0}
              role="button"
              aria-pressed={sel}
              onClick={() => onSelect(claim.claimId)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(claim.claimId))}
            >
              {piece}
            </mark>
          );
        }
        const ev = seg.marks[0];
        if (ev) {
          const sel = seg.marks.some((m) => m.claimId === selected);
          return (
            <span key={seg.start} class={`hl-${ev.kind}${sel ? ' selected' : ''}`} data-claim={ev.claimId} title={ev.kind === 'source' ? 'source' : 'date'}>
              {piece}
            </span>
          );
        }
        return piece;
      })}
    </>
  );
}

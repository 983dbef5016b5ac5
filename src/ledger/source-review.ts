/**
 * A reviewer's word on source identity: merge two sources the rules kept apart ("Kyiv"
 * and "Ukraine" when an article means the government), or split a name off a source the
 * rules merged wrongly. Both move the names (aliases), so the decision holds when the
 * articles are stored again, and both leave an audit entry with the sources before and
 * after.
 *
 * Watch out for:
 * - assertions carry their source in their key: a moved claim's assertion moves with it,
 *   or is copied when claims that stay still share it;
 * - series cache their disagreement counts: every indicator the moved claims touch is
 *   marked stale.
 */
import type { Kysely, Transaction } from 'kysely';
import { InputError } from '../errors.js';
import type { DB } from './schema.js';
import { normaliseName } from './sources.js';
import type { SourceAuditEntry } from './types.js';

type Trx = Transaction<DB>;

interface SourceSnapshot {
  id: number;
  name: string;
  aliases: string[];
  claims: number;
}

async function snapshot(trx: Trx, id: number): Promise<SourceSnapshot | null> {
  const s = await trx.selectFrom('sources').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  if (!s) return null;
  const aliases = await trx.selectFrom('source_aliases').select('alias').where('source_id', '=', id).orderBy('alias').execute();
  const n = await trx.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).where('source_id', '=', id).executeTakeFirstOrThrow();
  return { id: s.id, name: s.name, aliases: [...new Set(aliases.map((a) => a.alias).filter(Boolean))], claims: Number(n.n) };
}

/** The assertion key with another source: the source id is its first element (see ledger.assertionId). */
function rekey(akey: string, sourceId: number): string {
  const parts = JSON.parse(akey) as unknown[];
  parts[0] = sourceId;
  return JSON.stringify(parts);
}

async function markStale(trx: Trx, claimIds: number[]): Promise<void> {
  if (claimIds.length === 0) return;
  await trx.updateTable('indicators').set({ stale: 1 }).where('id', 'in', trx.selectFrom('claims').select('indicator_id').where('id', 'in', claimIds)).execute();
}

/** Moves claims to a source, with their assertions (copied where claims that stay share them). */
async function moveClaims(trx: Trx, claimIds: number[], to: number): Promise<void> {
  if (claimIds.length === 0) return;
  const moving = new Set(claimIds);
  const rows = await trx.selectFrom('claims').select(['id', 'assertion_id']).where('id', 'in', claimIds).execute();
  const assertionIds = [...new Set(rows.map((r) => r.assertion_id).filter((a): a is number => a != null))];
  for (const aid of assertionIds) {
    const users = await trx.selectFrom('claims').select('id').where('assertion_id', '=', aid).execute();
    const a = await trx.selectFrom('assertions').selectAll().where('id', '=', aid).executeTakeFirstOrThrow();
    if (users.every((u) => moving.has(u.id))) {
      await trx.updateTable('assertions').set({ source_id: to, akey: rekey(a.akey, to) }).where('id', '=', aid).execute();
    } else {
      const { id: _old, ...rest } = a;
      const copy = await trx.insertInto('assertions').values({ ...rest, source_id: to, akey: rekey(a.akey, to) }).returning('id').executeTakeFirstOrThrow();
      await trx.updateTable('claims').set({ assertion_id: copy.id }).where('assertion_id', '=', aid).where('id', 'in', claimIds).execute();
    }
  }
  await trx.updateTable('claims').set({ source_id: to }).where('id', 'in', claimIds).execute();
}

async function audit(trx: Trx, action: 'merge' | 'split', sourceId: number, actor: string, at: string, before: SourceSnapshot[], after: SourceSnapshot[], note: string | null): Promise<void> {
  await trx
    .insertInto('audit')
    .values({ claim_key: `source:${sourceId}`, claim_id: null, action: `source_${action}`, actor, at, before: JSON.stringify(before), after: JSON.stringify(after), note })
    .execute();
}

function needActor(actor: string): void {
  if (!actor.trim()) throw new InputError('a source review needs an actor (token name or account), e.g. --actor alice');
}

export async function mergeSources(trx: Trx, into: number, from: number[], actor: string, note: string | null, at: string): Promise<void> {
  needActor(actor);
  const others = [...new Set(from)].filter((f) => f !== into);
  if (others.length === 0) throw new InputError(`nothing to merge: give at least one source other than ${into}`);
  const target = await snapshot(trx, into);
  if (!target) throw new InputError(`no source with id ${into} (see \`tally sources\`)`);
  const before = [target];
  for (const f of others) {
    const s = await snapshot(trx, f);
    if (!s) throw new InputError(`no source with id ${f} (see \`tally sources\`)`);
    before.push(s);
  }
  for (const f of others) {
    const claims = (await trx.selectFrom('claims').select('id').where('source_id', '=', f).execute()).map((r) => r.id);
    await moveClaims(trx, claims, into);
    await markStale(trx, claims);
    // Assertions no claim uses any longer still name the source.
    const left = await trx.selectFrom('assertions').select(['id', 'akey']).where('source_id', '=', f).execute();
    for (const a of left) await trx.updateTable('assertions').set({ source_id: into, akey: rekey(a.akey, into) }).where('id', '=', a.id).execute();
    await trx.updateTable('source_aliases').set({ source_id: into }).where('source_id', '=', f).execute();
    await trx.deleteFrom('sources').where('id', '=', f).execute();
  }
  await audit(trx, 'merge', into, actor, at, before, [(await snapshot(trx, into)) as SourceSnapshot], note);
}

/** Splits the names given off a source into a new one; returns the new source's id. */
export async function splitSource(trx: Trx, id: number, names: string[], actor: string, note: string | null, at: string): Promise<number> {
  needActor(actor);
  const source = await snapshot(trx, id);
  if (!source) throw new InputError(`no source with id ${id} (see \`tally sources\`)`);
  const wanted = new Set(names.map(normaliseName).filter(Boolean));
  if (wanted.size === 0) throw new InputError('a split needs the names to move, e.g. --name "British ministry"');
  const aliases = await trx.selectFrom('source_aliases').select(['alias_norm', 'alias']).where('source_id', '=', id).execute();
  const moving = aliases.filter((a) => wanted.has(normaliseName(a.alias)) || wanted.has(a.alias_norm));
  const unknown = [...wanted].filter((w) => !moving.some((a) => normaliseName(a.alias) === w || a.alias_norm === w));
  if (unknown.length) throw new InputError(`source ${id} has no name ${JSON.stringify(unknown[0])}; its names: ${source.aliases.join('; ')}`);
  if (moving.length === aliases.length) throw new InputError(`that would move every name of source ${id}; split off some of its names, not all`);
  const first = moving.find((a) => wanted.has(a.alias_norm)) ?? moving[0];
  const kind = await trx.selectFrom('sources').select(['kind', 'affiliation']).where('id', '=', id).executeTakeFirstOrThrow();
  const norm = `split:${first.alias_norm}`;
  if (await trx.selectFrom('sources').select('id').where('norm', '=', norm).executeTakeFirst()) throw new InputError(`a source split off as ${JSON.stringify(first.alias)} already exists`);
  const created = await trx
    .insertInto('sources')
    .values({ norm, name: first.alias, kind: kind.kind, affiliation: kind.affiliation, surname: null, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('source_aliases').set({ source_id: created.id }).where('source_id', '=', id).where('alias_norm', 'in', moving.map((a) => a.alias_norm)).execute();
  // A claim moves when the name it gives is one of the names moved.
  const movedNorms = new Set(moving.flatMap((a) => [a.alias_norm, normaliseName(a.alias)]));
  const claims = await trx.selectFrom('claims').select(['id', 'source_json']).where('source_id', '=', id).execute();
  const ids = claims.filter((c) => c.source_json && movedNorms.has(normaliseName((JSON.parse(c.source_json) as { name: string }).name))).map((c) => c.id);
  await moveClaims(trx, ids, created.id);
  await markStale(trx, ids);
  await audit(trx, 'split', id, actor, at, [source], [(await snapshot(trx, id)) as SourceSnapshot, (await snapshot(trx, created.id)) as SourceSnapshot], note);
  return created.id;
}

export async function sourceAudit(db: Kysely<DB>, id: number): Promise<SourceAuditEntry[]> {
  // A merge is recorded under the source kept; a split under the source split.
  const rows = await db.selectFrom('audit').selectAll().where('claim_key', '=', `source:${id}`).orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, sourceId: id, action: r.action === 'source_merge' ? 'merge' : 'split', actor: r.actor, at: r.at,
    before: JSON.parse(r.before) as SourceAuditEntry['before'], after: JSON.parse(r.after) as SourceAuditEntry['after'], note: r.note,
  }));
}

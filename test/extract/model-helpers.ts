/**
 * Shared set-up for the sentence-model tables: a row's text marks its figures in
 * brackets ("lost [300] men"), and the model is read as the pipeline reads it, with the
 * entity finder's names and the marked figures, so a row exercises what the attachers see.
 */
import { findEntities, type Entity } from '../../src/extract/attachers/entities.js';
import { readModel, type SentenceModel } from '../../src/extract/sentence/model.js';

export interface MarkedText {
  text: string;
  figures: Array<[number, number]>;
}

export function unmarkFigures(s: string): MarkedText {
  const figures: Array<[number, number]> = [];
  let text = '';
  let last = 0;
  for (const m of s.matchAll(/\[([^\]]*)\]/g)) {
    text += s.slice(last, m.index);
    figures.push([text.length, text.length + m[1].length]);
    text += m[1];
    last = (m.index ?? 0) + m[0].length;
  }
  return { text: text + s.slice(last), figures };
}

export interface Read {
  text: string;
  figures: Array<[number, number]>;
  entities: Entity[];
  model: SentenceModel;
}

export function read(s: string): Read {
  const { text, figures } = unmarkFigures(s);
  const entities = findEntities(text);
  const model = readModel(text, entities.map((e) => [e.start, e.end] as [number, number]), figures);
  return { text, figures, entities, model };
}

/**
 * Index of the token written `word`; "word#2" is its second occurrence. Throws when the
 * word is not a token, so a row that names a word the tokenizer splits differently fails
 * loudly instead of testing nothing.
 */
export function indexOf(m: SentenceModel, word: string): number {
  const [w, nth] = word.includes('#') && word.length > 1 ? [word.slice(0, word.lastIndexOf('#')), Number(word.slice(word.lastIndexOf('#') + 1))] : [word, 1];
  let seen = 0;
  for (let k = 0; k < m.tokens.length; k++) {
    if (m.tokens[k].text === w && ++seen === nth) return k;
  }
  throw new Error(`no token "${w}" (#${nth}) in: ${m.text} — tokens: ${m.tokens.map((t) => t.text).join(' | ')}`);
}

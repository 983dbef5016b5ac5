import { describe, expect, it } from 'vitest';
import { FURNITURE_SIGNALS, FURNITURE_THRESHOLD, keepBody, scoreBlocks, type Block } from '../../src/ingest/furniture.js';

const PROSE = [
  'The regional governor said on Tuesday that air defences had shot down 31 of 40 drones over the south overnight.',
  'Falling debris damaged a school and two warehouses in the port district, and four people were treated in hospital.',
  'The strike was the fifth on the region this month, according to figures published by the regional administration.',
];

function block(text: string, tokens: string[] = [], linkShare = 0, cell = false): Block {
  return { text, tokens, linkShare, cell };
}

/** The article's prose with one block put before it, among it or after it. */
function scoreIn(candidate: Block, where: 'before' | 'between' | 'after'): { score: number; signals: string[] } {
  const blocks = PROSE.map((p) => block(p));
  const at = where === 'before' ? 0 : where === 'between' ? 2 : blocks.length;
  blocks.splice(at, 0, candidate);
  return scoreBlocks(blocks, 'The Harbour Ledger')[at];
}

describe('furniture by features', () => {
  it.each([
    ['Quality reporting has its price: journalism costs money.', 'after'],
    ['Help us keep a reporter at the front: become a Ledger supporter today.', 'after'],
    ['Join from €4.99 a month.', 'between'],
    ['Unlimited reading and the e-paper from ₹149 a month.', 'after'],
    ['Subscribe to The Dockside Digest', 'between'],
    ['Follow The Harbour Ledger on WhatsApp and Telegram', 'after'],
    ['Get the Evening Ledger in your inbox every weekday.', 'between'],
    ['Scroll to continue with content', 'between'],
    ['Views: 4,310', 'before'],
    ['9,200 subscribers and counting.', 'after'],
    ['ab-cd/ef', 'after'],
    ['For further information, please contact: press@ledger.example', 'after'],
    ['Press office: press@ledger.example, +380 44 555 0100', 'after'],
    ['The Harbour Ledger is funded by its readers.', 'after'],
    ['The views expressed in this column are the author’s own.', 'after'],
    ['Published by: Press Office', 'before'],
    ['Sunday, 27 April 2025', 'before'],
    ['Nadia Koval | Odesa | Updated: August 10, 2025, 09:45 IST', 'before'],
    ['Updated 2 hours ago', 'before'],
    ['By Nadia Koval and Petro Lysenko', 'before'],
    ['Nadia Koval is a correspondent for the Ledger covering the southern front.', 'after'],
    ['This article was originally published by our partner site.', 'after'],
  ] as const)('drops %j (%s the prose)', (text, where) => {
    expect(scoreIn(block(text), where).score).toBeGreaterThanOrEqual(FURNITURE_THRESHOLD);
  });

  it.each([
    ['Join the army or leave the city, the posters on the walls read, local residents told reporters.', 'between'],
    ['Soldiers at the front are paid about $3,000 a month, the defence ministry said on Monday.', 'between'],
    ['The governor posted the figures on his Telegram channel shortly before midnight.', 'after'],
    ['The militia is funded by the regional government, according to the report.', 'between'],
    ['By Thursday the death toll had risen to 14, the emergency service said.', 'before'],
    ['“Subscribe to our channel,” the commander said in the video, which showed 12 destroyed tanks.', 'between'],
    ['On 27 April 2025 the ministry said 40 drones had been shot down over the region.', 'before'],
    ['Support for the ceasefire fell to 38% in March from 51% a year earlier, according to a poll by the institute.', 'between'],
    ['22.2 million people in need of humanitarian assistance', 'before'],
    ['US$90 million allocation launched on 12 August', 'after'],
    ['The text of the order, posted at https://ministry.example/order-40, lists 40 units by name.', 'after'],
  ] as const)('keeps %j (%s the prose)', (text, where) => {
    expect(scoreIn(block(text), where).score).toBeLessThan(FURNITURE_THRESHOLD);
  });

  it('reads the class words, link density and the heading of a box', () => {
    expect(scoreIn(block('All you need to know about the port war, every Friday.', ['nl', 'box']), 'between').score).toBeGreaterThanOrEqual(FURNITURE_THRESHOLD);
    expect(scoreIn(block('Drone strikes on the port: a timeline', [], 0.9), 'after').score).toBeGreaterThanOrEqual(FURNITURE_THRESHOLD);
    const blocks = [...PROSE.map((p) => block(p)), block('The Dockside Digest'), block('Everything you need to know about the ports, every Friday. Sign up now.')];
    expect(keepBody(blocks, null).map((b) => b.text)).toEqual(PROSE);
  });

  it('keeps the dates and labels of a table', () => {
    const cells = [block('25 Oct 2023', [], 0, true), block('annual production capacity', [], 0, true), block('1,000,000', [], 0, true)];
    expect(keepBody([...PROSE.map((p) => block(p)), ...cells], null)).toHaveLength(PROSE.length + cells.length);
  });

  it('gives every signal a name, a weight and a reason', () => {
    const names = new Set<string>();
    for (const s of FURNITURE_SIGNALS) {
      expect(s.name).toMatch(/^[a-z-]+$/);
      expect(names.has(s.name)).toBe(false);
      names.add(s.name);
      expect(Number.isInteger(s.weight) && s.weight !== 0).toBe(true);
      expect(s.why.length).toBeGreaterThan(10);
    }
  });
});

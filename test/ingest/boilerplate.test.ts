import { describe, expect, it } from 'vitest';
import { classTokens, isAppeal, isFurnitureClass, isFurnitureText } from '../../src/ingest/boilerplate.js';

describe('furniture text', () => {
  it.each([
    ['Advertisement'],
    ['- Advertisement -'],
    ['ADVERTISEMENT'],
    ['5 min read'],
    ['By Anna Field | 3 March 2025 | 6 min read'],
    ['Photo: Defence ministry press service'],
    ['Share this story'],
    ['Share on Facebook | Share on X | Copy link'],
    ['We use cookies to improve your experience on our site.'],
    ['Sign up for our Morning Front newsletter, delivered to your inbox daily.'],
    ['Never miss a story: get our free newsletter.'],
    ['Reporting by Ana Ruiz; Editing by Tom Hale'],
    ['Our Standards: how we report.'],
    ['© Example Daily 2025. All rights reserved.'],
    ['Jan Novak (desk@dailyexample.example)'],
    ['Log in to leave a comment.'],
    ['Read also:'],
    ['Related stories'],
    ['Most read'],
    ['Posted on March 3, 2025'],
    ['Published: 3 March 2025 10:02'],
    ['You could close this page. Or you could help us keep going.'],
    ['Become a patron or see other ways to help.'],
    ['Become a member for $4 a month and read without ads.'],
    ['Please consider a monthly contribution to keep us independent.'],
    ['For as little as the cost of a coffee a month you can help.'],
    ['Support our journalism today.'],
    ['Our newsroom relies on readers like you.'],
    ['Back us on Patreon.'],
  ])('drops %j', (paragraph) => {
    expect(isFurnitureText(paragraph)).toBe(true);
  });

  it.each([
    ['Share prices in Moscow fell 4% after the announcement.'],
    ['Updated figures released on Monday showed 500 dead.'],
    ['Finland will become a member of NATO on Tuesday, officials said.'],
    ['By Monday evening the toll had risen to 61.'],
    ['The fund will pay a monthly contribution of $20 million to Kyiv, the ministry said.'],
    ['“The Americans support us,” the commander said.'],
    ['Related talks in Geneva ended without a deal on prisoner exchanges.'],
    ['Officials said the shelling killed 12 people in Kharkiv.'],
  ])('keeps %j', (paragraph) => {
    expect(isFurnitureText(paragraph)).toBe(false);
  });

  it('recognises appeals separately from other furniture', () => {
    expect(isAppeal('Your support helps us tell the story.')).toBe(true);
    expect(isAppeal('Advertisement')).toBe(false);
  });
});

describe('furniture classes', () => {
  it('splits class words on dashes, underscores and camelCase', () => {
    expect(classTokens('pdl-ad__label readAlso')).toEqual(['pdl', 'ad', 'label', 'read', 'also']);
  });
  it.each([['ad-slot'], ['ad_mid'], ['tep-advert'], ['newsletter-signup'], ['dd-readalso'], ['related-coverage'], ['cookie-notice'], ['comments-area']])(
    'drops class %s',
    (cls) => expect(isFurnitureClass(cls)).toBe(true),
  );
  it.each([['header'], ['lead'], ['article-body'], ['entry-content'], ['post-content'], ['story'], ['headline']])('keeps class %s', (cls) =>
    expect(isFurnitureClass(cls)).toBe(false),
  );
});

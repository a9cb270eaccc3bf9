import { describe, expect, it } from 'vitest';
import { checkCalendar, findingsOf } from './calendar-fixture.js';

const RULE = 'calendar/unknown-content-type';

describe("'calendar/unknown-content-type'", () => {
  it('fires on a type outside the vocabulary, with a did-you-mean or the types to choose from', async () => {
    const r = await checkCalendar([{ type: 'Reals' }, { type: 'Podcast' }]);
    const f = findingsOf(r, RULE);
    expect(f.map((x) => [x.cell, x.messageId, x.severity])).toEqual([['E3', 'did-you-mean', 'warning'], ['E4', 'unknown', 'warning']]);
    expect(f[0]!.message).toBe('content type "Reals" is not one kolops knows, so this post is counted without a type; did you mean "reels"?');
    expect(f[1]!.message).toBe('content type "Podcast" is not one kolops knows, so this post is counted without a type; write one of Feed, Carousel, Reels, Story, Video, Shorts, Live, or Text post');
  });

  it('fires on a cell that plans two types in one row, naming them', async () => {
    const f = findingsOf(await checkCalendar([{ type: 'Feed/Reels' }]), RULE);
    expect(f.map((x) => [x.cell, x.messageId])).toEqual([['E3', 'two-types']]);
    expect(f[0]!.message).toBe('content type "Feed/Reels" names Feed and Reels: one row is one post, so give each type its own row');
  });

  it('stays quiet on the ways calendars write the known types, and on a blank', async () => {
    const r = await checkCalendar([{ type: 'Reels IG' }, { type: 'IG Story' }, { type: 'Carousel/Slide' }, { type: 'Video TikTok' }, { type: 'Siaran Langsung' },
      { type: 'X Thread' }, { type: '' }, { type: '-' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });

  it('speaks Bahasa Indonesia with --lang id', async () => {
    const r = await checkCalendar([{ type: 'Reals' }, { type: 'Feed/Reels' }, { type: 'Podcast' }, { type: 'Feed/Tweet' }], { lang: 'id' });
    expect(findingsOf(r, RULE).map((x) => x.message)).toEqual([
      'jenis konten "Reals" tidak dikenali kolops, jadi konten ini dihitung tanpa jenis; mungkin maksudnya "reels"?',
      'jenis konten "Feed/Reels" menyebut Feed dan Reels: satu baris adalah satu konten, jadi beri setiap jenis barisnya sendiri',
      // The text post in Indonesian words, and the loanwords the team writes as they are.
      'jenis konten "Podcast" tidak dikenali kolops, jadi konten ini dihitung tanpa jenis; tulis salah satu dari Feed, Carousel, Reels, Story, Video, Shorts, Live, atau postingan teks',
      'jenis konten "Feed/Tweet" menyebut Feed dan postingan teks: satu baris adalah satu konten, jadi beri setiap jenis barisnya sendiri',
    ]);
  });

  it('reads the text post as the Indonesian message names it', async () => {
    const r = await checkCalendar([{ type: 'Postingan teks' }, { type: 'post teks' }]);
    expect(findingsOf(r, RULE)).toEqual([]);
  });
});

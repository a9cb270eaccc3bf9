import { describe, expect, it } from 'vitest';
import { hashtagsIn, hashtagsOfColumn, tagKey } from '../../src/parsers/hashtags.js';

describe('hashtagsIn: the tags of a caption', () => {
  it('finds tags in order, anywhere a word may start', () => {
    expect(hashtagsIn('Pagi sehat #herbana bersama #PagiSehat_2025!\n#jamu, (#alami)')).toEqual(['#herbana', '#PagiSehat_2025', '#jamu', '#alami']);
  });

  it('keeps each tag once, case aside, in its first spelling', () => {
    expect(hashtagsIn('#Herbana pagi ini #herbana #HERBANA #sehat')).toEqual(['#Herbana', '#sehat']);
  });

  it('reads tags in any script, accents and marks included', () => {
    expect(hashtagsIn('#健康 #sehatalami #cafe\u0301 #สุขภาพ')).toEqual(['#健康', '#sehatalami', '#cafe\u0301', '#สุขภาพ']);
  });

  it('ignores a # inside a link, a word or an HTML entity, and a tag of digits only', () => {
    expect(hashtagsIn('https://x.com/#a page#top www.herbana.id/#promo &#39; #1 #2025 #ok')).toEqual(['#ok']);
  });

  it('ends a tag at punctuation, and finds none in a text without any', () => {
    expect(hashtagsIn('#tag. #dua/tiga')).toEqual(['#tag', '#dua']);
    expect(hashtagsIn('Tidak ada tagar di sini')).toEqual([]);
    expect(hashtagsIn('')).toEqual([]);
  });
});

describe('hashtagsOfColumn: a hashtag column cell', () => {
  it.each([
    ['#herbana #sehat', ['#herbana', '#sehat']],
    ['herbana sehat alami', ['#herbana', '#sehat', '#alami']],
    ['herbana, sehat', ['#herbana', '#sehat']],
    ['#a,#b;#c', ['#a', '#b', '#c']],
    ['herbana;Sehat, #HERBANA', ['#herbana', '#Sehat']],
    ['  #herbana\n#sehat  ', ['#herbana', '#sehat']],
    ['# herbana', ['#herbana']],
  ])('%j', (cell, tags) => {
    expect(hashtagsOfColumn(cell)).toEqual(tags);
  });

  it('gives no tags for a blank cell or one of numbers only', () => {
    expect(hashtagsOfColumn('')).toEqual([]);
    expect(hashtagsOfColumn(' , ')).toEqual([]);
    expect(hashtagsOfColumn('1 2 3')).toEqual([]);
  });
});

describe('tagKey: how tags are compared', () => {
  it('is the Indonesian lower case for every code point (so no locale lookup is needed per tag)', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (tagKey(ch) !== ch.toLocaleLowerCase('id')) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
    // The letters where a locale does change lower case: Indonesian is not one of those.
    expect(tagKey('#İSTANBUL #Iklan')).toBe('#İSTANBUL #Iklan'.toLocaleLowerCase('id'));
    expect('I'.toLocaleLowerCase('tr')).not.toBe(tagKey('I'));
  });
});

describe('hashtagsOfColumn: a repeated cell', () => {
  it('reads a repeated cell once and gives the same, unchangeable tags each time', () => {
    const first = hashtagsOfColumn('herbana, PagiSehat');
    const again = hashtagsOfColumn('herbana, PagiSehat');
    expect(again).toBe(first);
    expect(again).toEqual(['#herbana', '#PagiSehat']);
    expect(Object.isFrozen(again)).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDisclosure } from '../../src/compliance/disclosure.js';
import { DEFAULT_DISCLOSURE_TAGS } from '../../src/config/defaults.js';

const TAGS = DEFAULT_DISCLOSURE_TAGS;

describe('findDisclosure', () => {
  it.each([
    ['Rutin minum Herbana Temulawak tiap pagi, badan jadi fit! #iklan @herbana.id', '#iklan'],
    ['#Iklan Seger banget jamu kunyit asem dari @herbana.id', '#iklan'],
    ['Akhirnya nyobain Herbamojo #iklan.', '#iklan'],
    ['#IKLAN, maaf ya guys', '#iklan'],
    ['New favourite! #ad #herbana', '#ad'],
    ['Makasih @herbana.id 💚 #ad', '#ad'],
    ['Jamu favorit #ads', '#ads'],
    ['Seger! #Sponsored', '#sponsored'],
    ['Paid partnership with Herbana', 'paid partnership'],
    ['Paid\npartnership dengan @herbana.id', 'paid partnership'],
    ['paid   partnership', 'paid partnership'],
    ['#PaidPartnership #jamu', '#paidpartnership'],
    ['＃iklan pakai tanda pagar lebar', '#iklan'],
  ])('finds the disclosure in %j', (caption, tag) => {
    expect(findDisclosure(caption, TAGS)?.tag).toBe(tag);
  });

  it.each([
    ['#adidas #sp collab'],
    ['Outfit hari ini #adv #adventure'],
    ['spon ya guys, collab sama @herbana.id #endorse'],
    ['Thanks for the #sp #collab #spon'],
    ['#ad_campaign bukan penanda'],
    ['#iklanbaris dijual murah'],
    ['unpaid partnerships are not a thing'],
    ['Tidak ada penanda iklan sama sekali'],
    [''],
  ])('finds nothing in %j', (caption) => {
    expect(findDisclosure(caption, TAGS)).toBeNull();
  });

  it('returns the earliest match and its index in the caption', () => {
    const caption = 'Seger! #ad jamu kunyit asem #iklan';
    expect(findDisclosure(caption, TAGS)).toEqual({ tag: '#ad', index: 7 });
    expect(findDisclosure('x'.repeat(200) + ' #iklan', TAGS)).toEqual({ tag: '#iklan', index: 201 });
  });

  it('counts vague terms only when the team configures them', () => {
    expect(findDisclosure('collab sama @herbana.id #sp', TAGS)).toBeNull();
    expect(findDisclosure('collab sama @herbana.id #sp', [...TAGS, '#sp'])).toEqual({ tag: '#sp', index: 24 });
    expect(findDisclosure('#spon jamu', [...TAGS, '#sp'])).toBeNull();
    expect(findDisclosure('Endorse dari Herbana', ['endorse'])).toEqual({ tag: 'endorse', index: 0 });
  });

  it('never throws, and any match is a real position in the caption', () => {
    const tags = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.string()), { maxLength: 6 });
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), tags, (caption, ts) => {
      const m = findDisclosure(caption, ts);
      if (m) {
        expect(ts).toContain(m.tag);
        expect(m.index).toBeGreaterThanOrEqual(0);
        expect(m.index).toBeLessThan(caption.length);
      }
    }));
  });
});

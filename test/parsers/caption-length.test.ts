import { describe, expect, it } from 'vitest';
import { captionLength } from '../../src/parsers/caption-length.js';

describe('captionLength: as a person sees it (Instagram, TikTok, YouTube, Facebook)', () => {
  it('counts Latin letters, spaces and punctuation one each', () => {
    expect(captionLength('Hello world!', 'instagram')).toBe(12);
  });

  it('counts Indonesian text by graphemes: an emoji with its skin tone, a flag and a family are one each', () => {
    expect(captionLength('Ayo coba Herbana! 🌿', 'instagram')).toBe(19);
    expect(captionLength('👍🏽', 'instagram')).toBe(1);
    expect(captionLength('🇮🇩 merdeka', 'tiktok')).toBe(9);
    expect(captionLength('👨‍👩‍👧', 'facebook')).toBe(1);
    // `é` as `e` and a combining accent is still one character.
    expect(captionLength('cafe\u0301', 'instagram')).toBe(4);
  });

  it('counts a link by its characters where the platform does not shorten it', () => {
    expect(captionLength('https://herbana.id/promo', 'instagram')).toBe(24);
    expect(captionLength('abc', null)).toBe(3);
  });
});

describe('captionLength on X: weighted characters (twitter-text v3)', () => {
  it('weighs Latin and Indonesian text 1 a character', () => {
    expect(captionLength('Awali pagimu dengan Herbana — hangat, 100% alami.', 'twitter')).toBe(49);
  });

  it('weighs CJK 2 a character, so 140 of them fill a post', () => {
    expect(captionLength('日本語', 'twitter')).toBe(6);
    expect(captionLength('健'.repeat(140), 'twitter')).toBe(280);
  });

  it('weighs every emoji 2, whatever code points make it', () => {
    expect(captionLength('👍', 'twitter')).toBe(2);
    expect(captionLength('👍🏽', 'twitter')).toBe(2);
    expect(captionLength('👨‍👩‍👧', 'twitter')).toBe(2);
    expect(captionLength('🇮🇩', 'twitter')).toBe(2);
    expect(captionLength('1️⃣', 'twitter')).toBe(2);
    expect(captionLength('Ayo coba Herbana! 🌿', 'twitter')).toBe(20);
  });

  it('weighs a link 23 however long it is, without the full stop after it', () => {
    const long = 'https://www.herbana.id/produk/jamu-kunyit-asam-botol-250ml?utm_source=twitter&utm_medium=social&utm_campaign=oktober';
    expect(long.length).toBeGreaterThan(100);
    expect(captionLength(`Beli di ${long}`, 'twitter')).toBe(8 + 23);
    expect(captionLength(`Beli di ${long}.`, 'twitter')).toBe(8 + 23 + 1);
    expect(captionLength('http://t.co', 'twitter')).toBe(23);
  });

  it('finds links written without http, as X does, but not e-mail addresses or bare country-code names', () => {
    expect(captionLength('cek herbana.com/promo', 'twitter')).toBe(4 + 23);
    expect(captionLength('cek shop.herbana.co.id', 'twitter')).toBe(4 + 23);
    expect(captionLength('cek herbana.id/promo', 'twitter')).toBe(4 + 23);
    expect(captionLength('cek herbana.id', 'twitter')).toBe(14);
    expect(captionLength('tulis ke cs@herbana.com', 'twitter')).toBe(23);
    expect(captionLength('harga Rp 25.000, cuma 1.000.000 botol', 'twitter')).toBe(37);
  });

  it('counts a decomposed accent as the one character X sees after NFC', () => {
    expect(captionLength('cafe\u0301', 'twitter')).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AccountResult, Platform } from '../../src/parsers/account.js';
import { accountKey, formatPlatform, linkFitsPlatform, parseAccount, parsePlatform, readAccount } from '../../src/parsers/account.js';

/** Any cell text: ASCII, Unicode graphemes, raw UTF-16 with lone surrogates (cheaper than `unit: 'binary'`). */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((u) => String.fromCharCode(...u)),
);

/** Text from the characters this parser cares about, so properties reach its deep branches. */
const textFrom = (chars: string, maxLength = 24) => fc.string({ unit: fc.constantFrom(...Array.from(chars)), maxLength });

const PLATFORMS: Platform[] = ['instagram', 'tiktok', 'youtube', 'twitter', 'facebook', 'shopee', 'tokopedia', 'lazada'];

describe('parsePlatform', () => {
  it.each<[string, Platform | null]>([
    ['Instagram', 'instagram'], ['IG', 'instagram'], ['insta', 'instagram'], ['TikTok', 'tiktok'], ['Tiktok Shop', 'tiktok'],
    ['TIKTOK SHOP', 'tiktok'], ['TT', 'tiktok'], ['YouTube', 'youtube'], ['YT', 'youtube'], ['Twitter', 'twitter'], ['X', 'twitter'],
    ['Facebook', 'facebook'], ['FB', 'facebook'], ['Shopee', 'shopee'], ['Tokopedia', 'tokopedia'], ['Tokped', 'tokopedia'],
    ['Lazada', 'lazada'], [' instagram ', 'instagram'], ['Insta gram', 'instagram'], ['', null], ['   ', null],
  ])('%j → %j', (s, platform) => {
    expect(parsePlatform(s)).toEqual({ ok: true, platform });
  });

  it.each<[string, string | null]>([
    ['Instagarm', 'Instagram'], ['Tiktokk', 'TikTok'], ['Shoppe', 'Shopee'], ['Youtub', 'YouTube'], ['Telegram', null],
    ['constructor', null], ['WhatsApp', null],
  ])('unknown %j suggests %j', (s, suggestion) => {
    expect(parsePlatform(s)).toEqual({ ok: false, suggestion });
  });

  it('formatPlatform round-trips', () => {
    for (const p of PLATFORMS) expect(parsePlatform(formatPlatform(p))).toEqual({ ok: true, platform: p });
  });
});

type Ok = Extract<AccountResult, { ok: true }>;
const acc = (platform: Platform | null, handle: string | null, kind: Ok['kind'], url: string | null = null): Partial<Ok> =>
  url === null ? { ok: true, platform, handle, kind } : { ok: true, platform, handle, kind, url };

describe('parseAccount', () => {
  // Seed 002 "Gambar 3.1" Link Instagram column and "Gambar 3.4" Link column.
  it.each<[string, string]>([
    ['https://www.instagram.com/natashina/', 'natashina'], ['https://www.instagram.com/juandi.pratama/', 'juandi.pratama'],
    ['https://www.instagram.com/suzel.yosep/', 'suzel.yosep'], ['https://www.instagram.com/leona_nur/', 'leona_nur'],
    ['https://www.instagram.com/handi.jon.pratama/', 'handi.jon.pratama'], ['https://www.instagram.com/melochkapr/', 'melochkapr'],
  ])('seed link %s → instagram:%s', (url, handle) => {
    const r = parseAccount(url);
    expect(r).toEqual({ ok: true, platform: 'instagram', handle, url, kind: 'profile' });
    expect(r.ok && accountKey(r)).toBe(`instagram:${handle}`);
  });

  it('seed affiliate link: a tiktok account in a Shopee block', () => {
    const r = parseAccount('https://www.tiktok.com/@herbana99');
    expect(r).toMatchObject(acc('tiktok', 'herbana99', 'profile'));
    expect(r.ok && linkFitsPlatform(r.platform, 'shopee')).toBe(false);
    expect(parseAccount('herbana99')).toMatchObject(acc(null, 'herbana99', 'handle', null));
  });

  it.each<[string, Partial<Ok>]>([
    ['@natashina', { ok: true, platform: null, handle: 'natashina', kind: 'handle', url: null }],
    ['natashina', acc(null, 'natashina', 'handle')], ['@NataShina', acc(null, 'natashina', 'handle')],
    ['herbana.id', acc(null, 'herbana.id', 'handle')], ['natashina.', acc(null, 'natashina', 'handle')],
    ['instagram.com/natashina', acc('instagram', 'natashina', 'profile', 'https://instagram.com/natashina')],
    ['http://instagram.com/natashina?igsh=xyz', acc('instagram', 'natashina', 'profile')],
    ['https://www.instagram.com/NataShina', acc('instagram', 'natashina', 'profile')],
    ['https://www.instagram.com/p/ABC123/', acc('instagram', null, 'post')],
    ['https://www.instagram.com/reel/C9xYz/?igsh=1', acc('instagram', null, 'post')],
    ['https://www.instagram.com/natashina/p/ABC123/', acc('instagram', 'natashina', 'post')],
    ['https://www.instagram.com/stories/natashina/123/', acc('instagram', 'natashina', 'post')],
    ['https://www.instagram.com/explore/tags/herbana/', acc('instagram', null, 'other-url')],
    ['https://instagram.com', acc('instagram', null, 'other-url')],
    ['https://www.tiktok.com/@herbana99', acc('tiktok', 'herbana99', 'profile')],
    ['tiktok.com/@x/video/123', acc('tiktok', 'x', 'post')],
    ['vt.tiktok.com/ZSabc/', acc('tiktok', null, 'other-url')],
    ['https://vm.tiktok.com/ZSabc/', acc('tiktok', null, 'other-url')],
    ['https://shop.tiktok.com/view/product/123', acc('tiktok', null, 'shop')],
    ['youtube.com/@natashina', acc('youtube', 'natashina', 'profile')],
    ['https://www.youtube.com/c/NataShina', acc('youtube', 'natashina', 'profile')],
    ['https://www.youtube.com/user/natashina', acc('youtube', 'natashina', 'profile')],
    ['https://www.youtube.com/channel/UC123abc', acc('youtube', null, 'profile')],
    ['https://www.youtube.com/watch?v=abc', acc('youtube', null, 'post')],
    ['https://youtube.com/shorts/abc', acc('youtube', null, 'post')],
    ['https://youtu.be/abc123', acc('youtube', null, 'post')],
    ['x.com/natashina', acc('twitter', 'natashina', 'profile')],
    ['https://twitter.com/natashina/status/123', acc('twitter', 'natashina', 'post')],
    ['https://x.com/i/flow/login', acc('twitter', null, 'other-url')],
    ['facebook.com/natashina', acc('facebook', 'natashina', 'profile')],
    ['https://fb.com/natashina', acc('facebook', 'natashina', 'profile')],
    ['https://m.facebook.com/profile.php?id=100012345', acc('facebook', '100012345', 'profile')],
    ['https://www.facebook.com/natashina/posts/123', acc('facebook', 'natashina', 'post')],
    ['https://www.facebook.com/groups/abc', acc('facebook', null, 'other-url')],
    ['shopee.co.id/herbana.official', acc('shopee', 'herbana.official', 'shop')],
    ['https://shopee.co.id/shop/123456', acc('shopee', '123456', 'shop')],
    ['https://shopee.co.id/Herbana-Temulawak-i.123.456', acc('shopee', null, 'other-url')],
    ['https://shopee.co.id/product/123/456', acc('shopee', null, 'other-url')],
    ['https://id.shp.ee/abc', acc('shopee', null, 'other-url')],
    ['tokopedia.com/herbana', acc('tokopedia', 'herbana', 'shop')],
    ['https://www.tokopedia.com/herbana/temulawak-60-kapsul', acc('tokopedia', null, 'other-url')],
    ['https://www.lazada.co.id/shop/herbana-official/', acc('lazada', 'herbana-official', 'shop')],
    ['https://linktr.ee/natashina', acc(null, null, 'other-url')],
    ['linktr.ee/natashina', acc(null, null, 'other-url')],
    ['www.example.com', acc(null, null, 'other-url')],
  ])('%s', (input, expected) => {
    expect(parseAccount(input)).toMatchObject(expected);
  });

  it.each<[string, 'empty' | 'not-a-link']>([
    ['', 'empty'], ['   ', 'empty'], ['Nata Shina', 'not-a-link'], ['@nata shina', 'not-a-link'], ['IG: @natashina', 'not-a-link'],
    ['-', 'not-a-link'], ['nata-shina', 'not-a-link'], ['@', 'not-a-link'], ['...', 'not-a-link'], ['mailto:a@b.co', 'not-a-link'],
    ['javascript:alert(1)', 'not-a-link'], ['ftp://instagram.com/x', 'not-a-link'], ['https://', 'not-a-link'],
    ['http://localhost/x', 'not-a-link'], ['nätäshina', 'not-a-link'], ['https://www.instagram.com/natashina/ (main)', 'not-a-link'],
  ])('%j → %s', (input, reason) => {
    expect(parseAccount(input)).toEqual({ ok: false, reason });
  });
});

describe('accountKey', () => {
  const handle = parseAccount('@natashina');
  const link = parseAccount('https://www.instagram.com/natashina/');
  const post = parseAccount('https://www.instagram.com/p/ABC/');
  it('uses the link platform, else the hint, else any', () => {
    if (!handle.ok || !link.ok || !post.ok) throw new Error('fixture');
    expect(accountKey(link)).toBe('instagram:natashina');
    expect(accountKey(link, 'tiktok')).toBe('instagram:natashina');
    expect(accountKey(handle, 'instagram')).toBe('instagram:natashina');
    expect(accountKey(handle)).toBe('any:natashina');
    expect(accountKey(handle, null)).toBe('any:natashina');
    expect(accountKey(post)).toBeNull();
  });
});

describe('linkFitsPlatform', () => {
  it.each<[Platform | null, Platform | null, boolean]>([
    [null, 'instagram', true], ['instagram', null, true], [null, null, true], ['tiktok', 'tiktok', true],
    ['shopee', 'shopee', true], ['tiktok', 'shopee', false], ['instagram', 'tiktok', false],
  ])('%s link on a %s row → %s', (link, platform, fits) => {
    expect(linkFitsPlatform(link, platform)).toBe(fits);
  });
});

describe('properties', () => {
  const reserved = new Set(['p', 'reel', 'reels', 'tv', 'stories', 'explore', 'accounts', 'direct', 'about', 'legal', 'developer', 'web', 'challenge', 'emails']);
  const handleArb = fc.stringMatching(/^[a-z0-9_][a-z0-9._]{0,28}[a-z0-9_]$/).filter((h) => !reserved.has(h));

  it('a handle survives @, case, a profile link and a trailing slash', () => {
    fc.assert(fc.property(handleArb, (h) => {
      expect(parseAccount(`@${h.toUpperCase()}`)).toMatchObject({ ok: true, handle: h, kind: 'handle' });
      const ig = parseAccount(`https://www.instagram.com/${h}/?igsh=abc`);
      expect(ig).toMatchObject({ ok: true, platform: 'instagram', handle: h, kind: 'profile' });
      expect(parseAccount(`tiktok.com/@${h}`)).toMatchObject({ ok: true, platform: 'tiktok', handle: h, kind: 'profile' });
    }));
  });

  it('never throws', () => {
    const urlish = textFrom('abcxyz@/.:?#%-_ wwhtpsinstagrmkoc', 40);
    const prefixed = fc.tuple(fc.constantFrom('', 'https://', 'instagram.com/', 'tiktok.com/@', 'shopee.co.id/', 'facebook.com/profile.php?id='), anyText)
      .map(([a, b]) => a + b);
    fc.assert(fc.property(fc.oneof(anyText, urlish, prefixed), fc.constantFrom<Platform | null>(null, ...PLATFORMS), (s, hint) => {
      const r = parseAccount(s);
      if (r.ok) {
        const key = accountKey(r, hint);
        if (r.handle !== null) expect(key).toMatch(/^[a-z]+:[a-z0-9_][a-z0-9._-]*$/);
        linkFitsPlatform(r.platform, hint);
      }
      parsePlatform(s);
    }));
  });
});

describe('parseAccount fast path for plain links', () => {
  const hosts = ['www.instagram.com', 'Instagram.COM', 'm.tiktok.com', 'vt.tiktok.com', 'shopee.co.id', 'shop.tiktok.com', 'youtube.com', 'youtu.be',
    'x.com', 'tokopedia.com', 'www.lazada.co.id', 'facebook.com', 'drive.google.com', 'linktr.ee', 'a-b.example.id', 'xn--80ak6aa92e.com', 'sub.shp.ee'];
  const segment = fc.oneof(
    fc.constantFrom('@herbana99', 'p', 'reel', 'video', 'shop', 'stories', 'c', 'user', 'channel', 'watch', 'profile.php', '.', '..', 'Nata.Shina', 'aff_1', '-i.123.456', 'status', ''),
    fc.stringMatching(/^[A-Za-z0-9\-._~!$&'()*+,;=:@]{0,12}$/),
  );
  const link = fc.tuple(fc.constantFrom('https', 'http', 'HTTPS'), fc.constantFrom(...hosts), fc.array(segment, { maxLength: 4 }), fc.boolean())
    .map(([scheme, host, segs, slash]) => `${scheme}://${host}${segs.length ? `/${segs.join('/')}` : ''}${slash ? '/' : ''}`);

  it('reads every plain link exactly as the WHATWG URL reading does', () => {
    fc.assert(fc.property(link, (text) => {
      expect(parseAccount(text)).toEqual(readAccount(text));
    }), { numRuns: 3000 });
  });

  it('reads a host the same whichever way it was written before (hosts are remembered as written)', () => {
    const links = ['https://www.TikTok.com/@a1', 'https://www.tiktok.com/@a2', 'http://www.tiktok.com/@a3', 'https://www.tiktok.com',
      'https://www.tiktok.comx/@a4', 'https://www.tiktok.co/@a5', 'https://www.tiktok.com/@a6', 'https://WWW.TIKTOK.COM/@A7/'];
    for (let round = 0; round < 3; round++) for (const text of links) expect(parseAccount(text)).toEqual(readAccount(text));
  });

  it('reads every handle-like cell exactly as the general reading does (the plain-handle path)', () => {
    const piece = fc.oneof(
      fc.constantFrom('@', '.', '_', 'www.', 'WWW.', 'm.', 'mobile.', 'web.', 'tiktok.com', 'Shopee.co.id', 'x.com', 'herbana', 'Nata', '99', 'id', '..', '-', '/', '%41', ' ', '\u00e9', '\uff48'),
      fc.stringMatching(/^[A-Za-z0-9._@]{0,8}$/),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 5 }).map((p) => p.join('')), (text) => {
      expect(parseAccount(text)).toEqual(readAccount(text));
    }), { numRuns: 5000 });
    for (const text of ['@Herbana99', 'natasha.wilona', 'herbana.id.', 'tiktok.com', '@tiktok.com', 'm.x.com', 'www.herbana', '_a', '@', '', 'a..b']) {
      expect([text, parseAccount(text)]).toEqual([text, readAccount(text)]);
    }
  });

  it('leaves links with a query, a percent sign, a port or a dot segment to the URL parser, with the same answers', () => {
    for (const text of ['https://www.instagram.com/natashina?igsh=abc', 'https://www.instagram.com/nata%2Eshina/', 'https://instagram.com:443/natashina',
      'https://instagram.com/a/../natashina', 'https://www.facebook.com/profile.php?id=natashina', 'https://192.168.0.1/natashina', 'https://user@instagram.com/x']) {
      expect(parseAccount(text)).toEqual(readAccount(text));
    }
  });
});

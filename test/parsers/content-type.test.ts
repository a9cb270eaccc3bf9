import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, parseContentType } from '../../src/parsers/content-type.js';

const typeOf = (s: string) => { const r = parseContentType(s); return r.ok ? r.type : 'not ok'; };

describe('parseContentType', () => {
  it('reads the types calendars write, in Indonesian and English, case and punctuation aside', () => {
    expect(typeOf('Feed')).toBe('feed');
    expect(typeOf('FOTO')).toBe('feed');
    expect(typeOf('Carousel')).toBe('carousel');
    expect(typeOf('karosel')).toBe('carousel');
    expect(typeOf('Feed Carousel')).toBe('carousel');
    expect(typeOf('Reels')).toBe('reels');
    expect(typeOf('reel')).toBe('reels');
    expect(typeOf('IG Story')).toBe('story');
    expect(typeOf('Insta-Story')).toBe('story');
    expect(typeOf('Video TikTok')).toBe('video');
    expect(typeOf('Video Panjang')).toBe('video');
    expect(typeOf('YouTube Shorts')).toBe('short');
    expect(typeOf('Video Pendek')).toBe('short');
    expect(typeOf('Siaran Langsung')).toBe('live');
    expect(typeOf('IG LIVE')).toBe('live');
    expect(typeOf('Tweet')).toBe('text');
    expect(typeOf('Utas')).toBe('text');
    expect(typeOf('X Post')).toBe('text');
  });

  it('drops a platform name written before or after the type', () => {
    expect(typeOf('Reels IG')).toBe('reels');
    expect(typeOf('Story FB')).toBe('story');
    expect(typeOf('Stories Instagram')).toBe('story');
    expect(typeOf('Carousel Instagram')).toBe('carousel');
    expect(typeOf('X Thread')).toBe('text');
    expect(typeOf('Twitter thread')).toBe('text');
    expect(typeOf('Video TT')).toBe('video');
    expect(typeOf('Shorts YT')).toBe('short');
    // A platform name alone is no type: the platform column says where, not what.
    expect(parseContentType('Instagram').ok).toBe(false);
  });

  it('reads alternatives of one type as that type, and names the types of a cell that plans two', () => {
    expect(typeOf('Carousel/Slide')).toBe('carousel');
    expect(typeOf('Reels | Reel')).toBe('reels');
    expect(typeOf('Story, IG Story')).toBe('story');
    expect(parseContentType('Feed/Reels')).toEqual({ ok: false, suggestion: null, types: ['feed', 'reels'] });
    expect(parseContentType('Reels + Story + Reels')).toEqual({ ok: false, suggestion: null, types: ['reels', 'story'] });
    // A part that is no type makes the whole cell unknown, with the nearest phrase.
    expect(parseContentType('Carousel/Meme')).toMatchObject({ ok: false });
    expect(parseContentType('Carousel/Meme')).not.toHaveProperty('types');
  });

  it('gives blanks and dashes no type, and suggests the nearest phrase for a typo', () => {
    expect(parseContentType('')).toEqual({ ok: true, type: null });
    expect(parseContentType('  ')).toEqual({ ok: true, type: null });
    expect(parseContentType('-')).toEqual({ ok: true, type: null });
    expect(parseContentType('—')).toEqual({ ok: true, type: null });
    expect(parseContentType('Carousell')).toEqual({ ok: false, suggestion: 'carousel' });
    expect(parseContentType('Reals')).toEqual({ ok: false, suggestion: 'reels' });
    expect(parseContentType('Podcast episode')).toEqual({ ok: false, suggestion: null });
  });

  it('never throws on a value that is not text, and reads each type by its own name', () => {
    expect(parseContentType(42 as unknown as string)).toMatchObject({ ok: false });
    expect(parseContentType(undefined as unknown as string)).toEqual({ ok: true, type: null });
    for (const t of CONTENT_TYPES) expect(CONTENT_TYPES.map(typeOf)).toContain(t);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsedWebLink, plainWebLink, webLink } from '../../src/report/render/xlsx-sheet.js';

// The report's hyperlinks skip the WHATWG URL parser for links it would give back as
// written (plainWebLink); these hold the shortcut to the parser's reading.
describe('webLink shortcut', () => {
  const same = (s: string) => {
    if (plainWebLink(s)) expect(parsedWebLink(s), s).toBe(s);
    expect(webLink(s), s).toBe(parsedWebLink(s));
  };

  it('takes the plain links of a link column as written', () => {
    for (const s of [
      'https://www.instagram.com/kol0/', 'https://tiktok.com/@kol_1', 'http://youtube.com/c/x-y.z~1',
      "https://a-b.example.co.id/p/!$&'()*+,;=:@/", 'https://x.com/a/.b/..c/d.', 'https://example.com/',
    ]) {
      expect(plainWebLink(s), s).toBe(true);
      same(s);
    }
  });

  it('leaves to the parser what it would change or refuse', () => {
    for (const s of [
      'https://WWW.Instagram.com/kol/', 'HTTPS://x.com/a', 'https://x.com', 'https://x.com/a/./b', 'https://x.com/a/../b',
      'https://x.com/a/.', 'https://x.com/a/..', 'https://x.com/%41', 'https://x.com/a?b', 'https://x.com/a#b', 'https://x.com/a b',
      'https://x.com/a\\b', 'https://x.com:8080/a', 'https://u@x.com/a', 'https://1.2.3.4/a', 'https://xn--abc.com/a',
      'https://a.xn--p1ai/a', 'https://x.com/ä', 'https://x.com/a\tb', 'https://.com/a', 'https://x..com/a', 'javascript:alert(1)',
      'https://x.c0m/a', 'https://x.com./a', 'https://' + 'a'.repeat(64) + '.com/a',
    ]) {
      expect(plainWebLink(s), s).toBe(false);
      same(s);
    }
  });

  it('agrees with the parser on generated links', () => {
    const pick = (chars: string) => fc.constantFrom(...chars.split(''));
    const label = fc.string({ unit: pick('abcxyz019-AZ_.%'), minLength: 0, maxLength: 8 });
    const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.'));
    const path = fc.string({ unit: pick("abz09-._~!$&'()*+,;=:@/%?#\\ \tä."), maxLength: 16 });
    const scheme = fc.constantFrom('https://', 'http://', 'HTTP://', 'https:/', 'ftp://');
    fc.assert(fc.property(scheme, host, fc.constantFrom('', '/'), path, (sc, h, slash, p) => same(sc + h + slash + p)), { numRuns: 5000 });
  });
});

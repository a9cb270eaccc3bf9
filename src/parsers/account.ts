/**
 * Account cells: `@natashina`, `natashina`, profile links, post links and shop links.
 *
 * Why: the same KOL is written as a handle in one sheet and a link in another, so rules
 * compare canonical handles (lowercase, no `@`), and check that a link's domain fits the
 * row's platform (a Shopee deal linking to tiktok.com, seed "Gambar 3.4"). URL parsing is
 * WHATWG `URL`, wrapped so a malformed link is a result, never an exception.
 */
import type { Platform } from './platform.js';

export type { Platform } from './platform.js';
export { parsePlatform, linkFitsPlatform, formatPlatform } from './platform.js';

export type AccountResult =
  | { ok: true; platform: Platform | null; handle: string | null; url: string | null; kind: 'handle' | 'profile' | 'post' | 'shop' | 'other-url' }
  | { ok: false; reason: 'empty' | 'not-a-link' };

type Ok = Extract<AccountResult, { ok: true }>;
type Shape = Pick<Ok, 'kind' | 'handle'>;

/** Host (without `www.`/`m.` …) → platform; subdomains match too (`vt.tiktok.com`). */
const HOSTS: readonly [string, Platform][] = [
  ['instagram.com', 'instagram'], ['instagr.am', 'instagram'], ['ig.me', 'instagram'],
  ['tiktok.com', 'tiktok'],
  ['youtube.com', 'youtube'], ['youtu.be', 'youtube'],
  ['twitter.com', 'twitter'], ['x.com', 'twitter'], ['t.co', 'twitter'],
  ['facebook.com', 'facebook'], ['fb.com', 'facebook'], ['fb.me', 'facebook'], ['fb.watch', 'facebook'],
  ['shopee.co.id', 'shopee'], ['shopee.com', 'shopee'], ['shopee.sg', 'shopee'], ['shopee.com.my', 'shopee'],
  ['shopee.ph', 'shopee'], ['shopee.vn', 'shopee'], ['shopee.co.th', 'shopee'], ['shope.ee', 'shopee'], ['shp.ee', 'shopee'],
  ['tokopedia.com', 'tokopedia'], ['tokopedia.link', 'tokopedia'], ['tkp.me', 'tokopedia'],
  ['lazada.co.id', 'lazada'], ['lazada.com', 'lazada'], ['lazada.sg', 'lazada'], ['lazada.com.my', 'lazada'], ['lzd.co', 'lazada'],
];

/** Short-link hosts: a link to somewhere on the platform, not to an account. */
const SHORT_HOSTS = new Set(['vt.tiktok.com', 'vm.tiktok.com', 'youtu.be', 't.co', 'fb.me', 'fb.watch', 'shope.ee', 'shp.ee', 'id.shp.ee', 'tokopedia.link', 'tkp.me', 'lzd.co', 's.lazada.co.id', 'ig.me']);

/** Lowercase, no `@`, no trailing dots or slashes; null when it is not handle-shaped. */
function canonical(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let h = raw;
  if (h.includes('%')) {
    try { h = decodeURIComponent(raw); } catch { /* keep as written */ }
  }
  h = h.toLowerCase();
  if (h.startsWith('@')) h = h.slice(1);
  let end = h.length;
  while (end > 0 && (h.charCodeAt(end - 1) === 0x2e || h.charCodeAt(end - 1) === 0x2f)) end--; // trailing `.` and `/`
  if (end < h.length) h = h.slice(0, end);
  return isHandle(h) ? h : null;
}

/** 1 for `[a-z0-9._-]`, 2 for those a handle may start with (`[a-z0-9_]`). */
const HANDLE_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789_') HANDLE_CHAR[c.charCodeAt(0)] = 2;
for (const c of '.-') HANDLE_CHAR[c.charCodeAt(0)] = 1;

/** `/^[a-z0-9_][a-z0-9._-]*$/.test(h)` by a table: the pattern was a tenth of reading a link column (issue 17). */
function isHandle(h: string): boolean {
  const n = h.length;
  if (n === 0) return false;
  const first = h.charCodeAt(0);
  if (first >= 128 || HANDLE_CHAR[first] !== 2) return false;
  for (let i = 1; i < n; i++) {
    const c = h.charCodeAt(i);
    if (c >= 128 || HANDLE_CHAR[c] === 0) return false;
  }
  return true;
}

const profile = (raw: string | undefined): Shape => {
  const handle = canonical(raw);
  return handle ? { kind: 'profile', handle } : { kind: 'other-url', handle: null };
};
const other: Shape = { kind: 'other-url', handle: null };

const IG_RESERVED = new Set(['explore', 'accounts', 'direct', 'about', 'legal', 'developer', 'web', 'challenge', 'emails']);
const IG_POST = new Set(['p', 'reel', 'reels', 'tv']);
const X_RESERVED = new Set(['home', 'explore', 'i', 'search', 'intent', 'share', 'hashtag', 'settings', 'notifications', 'messages', 'login', 'signup', 'tos', 'privacy']);
const FB_RESERVED = new Set(['groups', 'pages', 'share', 'events', 'hashtag', 'login', 'marketplace', 'gaming', 'help', 'policies']);
const FB_POST = new Set(['watch', 'reel', 'photo', 'photo.php', 'story.php', 'permalink.php', 'video.php']);
const SHOPEE_RESERVED = new Set(['product', 'search', 'cart', 'mall', 'flash_sale', 'daily_discover', 'buyer', 'user', 'm', 'universal-link', 'affiliate', 'seller', 'web', 'verify', 'live']);
const TOKO_RESERVED = new Set(['search', 'discovery', 'p', 'promo', 'cart', 'help', 'about', 'find', 'hot', 'login', 'register', 'top-up', 'affiliate', 'play', 'feed']);
const YT_RESERVED = new Set(['watch', 'shorts', 'live', 'channel', 'c', 'user', 'playlist', 'results', 'feed', 'embed', 'redirect', 'hashtag']);

/** What a path on each platform points to. `seg` are decoded-enough path segments. */
function shapeOf(platform: Platform, host: string, seg: string[], url: URL | null): Shape {
  const [a, b, c] = seg;
  if (SHORT_HOSTS.has(host)) return platform === 'youtube' && a ? { kind: 'post', handle: null } : other;
  if (a === undefined) return other;
  const la = a.toLowerCase();
  switch (platform) {
    case 'instagram':
      if (IG_POST.has(la)) return { kind: 'post', handle: null };
      if (la === 'stories') return { kind: 'post', handle: b && b !== 'highlights' ? canonical(b) : null };
      if (IG_RESERVED.has(la)) return other;
      if (b !== undefined && IG_POST.has(b.toLowerCase())) return { kind: 'post', handle: canonical(a) };
      return profile(a);
    case 'tiktok':
      if (host.startsWith('shop.') || host.startsWith('seller')) return { kind: 'shop', handle: null };
      if (!a.startsWith('@')) return other;
      if (b !== undefined && ['video', 'photo', 'live'].includes(b.toLowerCase())) return { kind: 'post', handle: canonical(a) };
      return profile(a);
    case 'youtube':
      if (a.startsWith('@')) return b !== undefined && ['shorts', 'videos', 'live'].includes(b.toLowerCase()) && c ? { kind: 'post', handle: canonical(a) } : profile(a);
      if (la === 'c' || la === 'user') return profile(b);
      if (la === 'channel') return b ? { kind: 'profile', handle: null } : other;
      if (la === 'watch' || la === 'shorts' || la === 'live') return { kind: 'post', handle: null };
      return YT_RESERVED.has(la) ? other : profile(a);
    case 'twitter':
      if (X_RESERVED.has(la)) return other;
      if (b !== undefined && b.toLowerCase() === 'status') return { kind: 'post', handle: canonical(a) };
      return profile(a);
    case 'facebook': {
      if (la === 'profile.php') return profile(url?.searchParams.get('id') ?? undefined);
      if (FB_POST.has(la)) return { kind: 'post', handle: null };
      if (FB_RESERVED.has(la)) return other;
      if (b !== undefined && ['posts', 'videos', 'photos', 'reels'].includes(b.toLowerCase())) return { kind: 'post', handle: canonical(a) };
      return profile(a);
    }
    case 'shopee': {
      if (la === 'shop' && b) return { kind: 'shop', handle: canonical(b) };
      // A product page (`name-i.123.456`); the pattern runs only on a segment that can be one.
      if (SHOPEE_RESERVED.has(la) || (a.includes('-i.') && /-i\.\d+\.\d+$/.test(a)) || b !== undefined) return other;
      const handle = canonical(a);
      return handle ? { kind: 'shop', handle } : other;
    }
    case 'tokopedia': {
      if (TOKO_RESERVED.has(la) || b !== undefined) return other;
      const handle = canonical(a);
      return handle ? { kind: 'shop', handle } : other;
    }
    case 'lazada': {
      if (la === 'shop' && b) {
        const handle = canonical(b);
        return handle ? { kind: 'shop', handle } : other;
      }
      return other;
    }
  }
}

const HOST_PLATFORMS: ReadonlyMap<string, Platform> = new Map(HOSTS);

/** The host itself, else each parent domain in turn (`vt.tiktok.com` → `tiktok.com`). */
function platformOfHost(host: string): Platform | null {
  for (let from = 0; from >= 0; from = host.indexOf('.', from) + 1 || -1) {
    const platform = HOST_PLATFORMS.get(from === 0 ? host : host.slice(from));
    if (platform !== undefined) return platform;
  }
  return null;
}

function fromUrl(text: string): AccountResult {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: 'not-a-link' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'not-a-link' };
  if (!url.hostname.includes('.')) return { ok: false, reason: 'not-a-link' };
  const host = url.hostname.toLowerCase().replace(/^(?:www\.|m\.|mobile\.|web\.)/, '');
  const platform = platformOfHost(host);
  const seg = url.pathname.split('/').filter(Boolean);
  const shape = platform ? shapeOf(platform, host, seg, url) : other;
  return { ok: true, platform, handle: shape.handle, url: url.href, kind: shape.kind };
}

/** A bare `host/…` worth treating as a link: a known platform host, `www.`, or a dotted host with a path. */
function looksLikeUrl(text: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^www\./i.test(text)) return true;
  const host = (text.split(/[/?#]/)[0] ?? '').toLowerCase().replace(/^(?:m|mobile|web)\./, '');
  if (platformOfHost(host) !== null) return true;
  return /[/?#]/.test(text) && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host);
}

/**
 * Read an account cell. Never throws. Blank → `empty`. A handle (`@natashina`, or a bare
 * word of letters, digits, `.` and `_` such as `herbana.id`) → kind `handle`, platform
 * null. A link → its platform, the handle when the link names one, and its kind:
 * `profile`, `post` (Instagram `/p/` and `/reel/`, TikTok `/video/`, YouTube watch),
 * `shop` (Shopee/Tokopedia/Lazada shop pages) or `other-url` (short links, products,
 * unknown sites). Text with spaces, or anything else → `not-a-link`.
 */
export function parseAccount(input: string): AccountResult {
  if (typeof input === 'string') {
    const plain = plainLink(input) ?? plainHandle(input);
    if (plain) return plain;
  }
  return readAccount(input);
}

/**
 * `https://host/path` in the plain ASCII form most link columns hold: lower-case-able
 * host with a letter TLD (so never an IP address), a path of characters the URL standard
 * leaves as they are, no `.`/`..` segments, no `%`, query, fragment, port or user. For
 * these the WHATWG parser would only lower-case the host, so its work — a third of a
 * deliverables export's reading time — is skipped. Facebook paths may read the query, so
 * they take the general path. `readAccount` is the reference: a test compares the two.
 */
const PLAIN_HOST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/** 1 for the characters a plain path may hold: `[A-Za-z0-9\-._~!$&'()*+,;=:@/]`. */
const PATH_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/") PATH_CHAR[c.charCodeAt(0)] = 1;

/** What a `scheme://host` as written reads as, or null when links to it take the general path. */
interface PlainHost {
  /** `scheme://host` with the host lower-cased: the start of the link's `url`. */
  readonly origin: string;
  /** Whether the link wrote it so already, so `url` is the text itself. */
  readonly asWritten: boolean;
  readonly host: string;
  readonly platform: Platform | null;
}

/**
 * A link column repeats a handful of hosts down a million rows: each `scheme://host` as
 * written is read once (issue 17: the pattern match, lower-casing and host lookup were
 * most of an account's reading). Bounded, so a column of random hosts cannot grow it.
 */
const plainHosts = new Map<string, PlainHost | null>();
const PLAIN_HOSTS_LIMIT = 1024;

/** The last few `scheme://host` prefixes read, checked by comparing characters before any string is cut or hashed. */
const RECENT = 4;
const recentPrefixes: string[] = [];
const recentHosts: (PlainHost | null)[] = [];
let recentNext = 0;

function plainHostOf(text: string, hostStart: number, hostEnd: number): PlainHost | null {
  for (let i = 0; i < recentPrefixes.length; i++) {
    const p = recentPrefixes[i]!;
    if (p.length === hostEnd && writtenAs(p, text)) return recentHosts[i]!;
  }
  const prefix = text.slice(0, hostEnd);
  let known = plainHosts.get(prefix);
  if (known === undefined) {
    known = readPlainHost(hostStart === 8 ? 'https' : 'http', text.slice(hostStart, hostEnd));
    // Kept as its own string: a slice would keep the whole link (and its reader's chunk) alive.
    if (plainHosts.size < PLAIN_HOSTS_LIMIT) plainHosts.set(ownCopy(prefix), known);
  }
  recentPrefixes[recentNext] = ownCopy(prefix);
  recentHosts[recentNext] = known;
  recentNext = (recentNext + 1) % RECENT;
  return known;
}

const ownCopy = (text: string) => (' ' + text).slice(1);

/**
 * `text.startsWith(prefix)`, compared from the prefix's end: two hosts differ at their
 * end (`.co.id`, `.com`) long before their shared `https://`, and the call itself was a
 * tenth of reading a link (issue 17).
 */
function writtenAs(prefix: string, text: string): boolean {
  for (let k = prefix.length - 1; k >= 0; k--) if (prefix.charCodeAt(k) !== text.charCodeAt(k)) return false;
  return true;
}

function readPlainHost(scheme: string, written: string): PlainHost | null {
  if (!PLAIN_HOST.test(written)) return null;
  const hostname = written.toLowerCase();
  if (hostname.includes('xn--')) return null; // punycode labels are validated by the URL parser
  const host = withoutMobilePrefix(hostname);
  const platform = platformOfHost(host);
  if (platform === 'facebook') return null;
  return { origin: `${scheme}://${hostname}`, asWritten: hostname === written, host, platform };
}

function plainLink(text: string): AccountResult | null {
  const hostStart = text.startsWith('https://') ? 8 : text.startsWith('http://') ? 7 : -1;
  if (hostStart < 0) return null;
  const slash = text.indexOf('/', hostStart);
  const hostEnd = slash < 0 ? text.length : slash;
  for (let i = hostEnd; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || PATH_CHAR[c] === 0) return null;
  }
  const path = slash < 0 ? '/' : text.slice(hostEnd);
  if (DOT_SEGMENT.test(path)) return null;
  const plain = plainHostOf(text, hostStart, hostEnd);
  if (plain === null) return null;
  const seg = segments(path);
  const shape = plain.platform ? shapeOf(plain.platform, plain.host, seg, null) : other;
  const url = plain.asWritten && slash >= 0 ? text : plain.origin + path;
  return { ok: true, platform: plain.platform, handle: shape.handle, url, kind: shape.kind };
}

/**
 * `@name` or `name` of ASCII letters, digits, `.` and `_`, as an account column mostly
 * holds: what `readAccount` reads as a handle, without its NFKC, patterns and URL test
 * (issue 17: a deal list without links read every account that way). Null for anything
 * else, and for a dotted name `readAccount` would take for a link (`www.…`, a platform's
 * host): the general path reads those.
 */
function plainHandle(text: string): AccountResult | null {
  const n = text.length;
  const start = n > 0 && text.charCodeAt(0) === 0x40 ? 1 : 0;
  if (n <= start) return null;
  let dotted = false;
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) dotted = true;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return null;
  }
  if (dotted) {
    // `looksLikeUrl` on such a text: `www.`, or a platform's host (after `m.`, `mobile.`, `web.`).
    const lower = text.toLowerCase();
    if (lower.startsWith('www.') || platformOfHost(withoutPrefix(lower, SHORT_MOBILE_PREFIXES)) !== null) return null;
  }
  const handle = canonical(start ? text.slice(start) : text);
  return handle ? { ok: true, platform: null, handle, url: null, kind: 'handle' } : { ok: false, reason: 'not-a-link' };
}

const MOBILE_PREFIXES = ['www.', 'm.', 'mobile.', 'web.'];
/** The prefixes `looksLikeUrl` takes off a bare host (`www.` it tests apart). */
const SHORT_MOBILE_PREFIXES = ['m.', 'mobile.', 'web.'];

function withoutPrefix(host: string, prefixes: readonly string[]): string {
  for (const p of prefixes) if (host.startsWith(p)) return host.slice(p.length);
  return host;
}

/** `www.`, `m.`, `mobile.` or `web.` taken off a lower-case host (the same hosts as the URL path's regex). */
function withoutMobilePrefix(host: string): string {
  return withoutPrefix(host, MOBILE_PREFIXES);
}

/** The non-empty segments of a path: `path.split('/').filter(Boolean)` without the second array. */
function segments(path: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', start)) {
    if (i > start) out.push(path.slice(start, i));
    start = i + 1;
  }
  if (start < path.length) out.push(path.slice(start));
  return out;
}

/** The general reading of an account cell, through the WHATWG URL parser; see `parseAccount`. */
export function readAccount(input: string): AccountResult {
  const text = (typeof input === 'string' ? input : String(input ?? '')).normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (/\s/u.test(text)) return { ok: false, reason: 'not-a-link' };
  if (looksLikeUrl(text)) return fromUrl(text);
  const m = /^@?([\p{L}\p{N}._]+)$/u.exec(text);
  const handle = m && /^[A-Za-z0-9._]+$/.test(m[1] ?? '') ? canonical(m[1]) : null;
  return handle ? { ok: true, platform: null, handle, url: null, kind: 'handle' } : { ok: false, reason: 'not-a-link' };
}

/**
 * A stable id for matching the same account across sheets: `instagram:natashina`. The
 * platform is the link's, else `platformHint` (the row's platform column), else `any`.
 * Null when the cell names no account (a post link, a short link).
 */
export function accountKey(a: AccountResult & { ok: true }, platformHint?: Platform | null): string | null {
  if (!a || a.handle === null || a.handle === undefined) return null;
  return `${a.platform ?? platformHint ?? 'any'}:${a.handle}`;
}

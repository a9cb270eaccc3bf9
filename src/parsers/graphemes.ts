/**
 * Characters as a person counts them: grapheme clusters (an emoji with its skin tone,
 * a letter with its accent written apart, CRLF are one each), through `Intl.Segmenter`
 * where the runtime has it, else code points.
 *
 * Below U+0300, where the combining marks begin, nothing extends, joins or prepends
 * (Unicode's grapheme rules GB3–GB5 and GB9–GB9b): every code unit is a cluster of its
 * own but a CR followed by LF. Text of only those — most Indonesian captions — is
 * counted without the segmenter, whose segment objects cost ~20 µs a caption (issue 17:
 * half of a content calendar's check). A test holds the two counts equal.
 */
let segmenter: Intl.Segmenter | null | undefined;

function theSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Whether every code unit of `text` is below U+0300 (then each is a cluster, CRLF aside). */
export function isBelowMarks(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

/** CR LF pairs in `text` from `from` to `to`: one cluster of two code units each. */
function crlfPairs(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\r', from); i >= 0 && i < to - 1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) === 0x0a) n++;
  return n;
}

const isSimple = (c: number) => c < 0x300;

/**
 * `text` cut into plain runs (code units below U+0300, each its own cluster but CRLF)
 * and the pieces around everything else, each piece a whole number of clusters: a
 * piece takes the plain unit before it (an accent or a joiner extends it) and the one
 * after (a prepended sign or a zero-width joiner reaches it: U+0600 then `1`, 👨 ZWJ ©),
 * two pieces one plain unit apart are one, and a CRLF is never cut. Between two plain
 * units that are not CR LF there is always a cluster boundary, whatever came before
 * (UAX 29: the rules that look further back, GB11–GB13 and GB9c, need a unit at or
 * above U+0300 right before the boundary).
 */
function eachPart(text: string, plain: (from: number, to: number) => void, piece: (from: number, to: number) => void): void {
  const n = text.length;
  let at = 0;
  let i = 0;
  while (i < n) {
    if (isSimple(text.charCodeAt(i))) { i++; continue; }
    let from = Math.max(at, i - 1);
    if (from > at && text.charCodeAt(from) === 0x0a && text.charCodeAt(from - 1) === 0x0d) from--;
    let to = i;
    for (;;) {
      while (to < n && !isSimple(text.charCodeAt(to))) to++;
      // The plain unit after the run belongs to the piece; when the rest comes right after
      // it, that unit is the next piece's first too, so the two pieces are one.
      const next = to + 1;
      if (next < n && isSimple(text.charCodeAt(to)) && !isSimple(text.charCodeAt(next))) { to = next; continue; }
      to = Math.min(n, to + 1);
      break;
    }
    if (to < n && text.charCodeAt(to) === 0x0a && text.charCodeAt(to - 1) === 0x0d) to++;
    if (from > at) plain(at, from);
    piece(from, to);
    at = i = to;
  }
  if (at < n) plain(at, n);
}

/** How many characters a person counts in `text`. */
export function graphemeCount(text: string): number {
  if (isBelowMarks(text)) return text.length - crlfPairs(text);
  const s = theSegmenter();
  if (!s) return [...text].length;
  let count = 0;
  eachPart(text, (from, to) => { count += to - from - crlfPairs(text, from, to); }, (from, to) => {
    for (const _ of s.segment(text.slice(from, to))) count++;
  });
  return count;
}

/**
 * The clusters of `text`, in order, but for plain runs, which `plain` is told of as
 * they are (each unit a cluster, CRLF one): most of a caption needs no segment objects.
 */
export function eachGrapheme(text: string, plain: (run: string) => void, cluster: (g: string) => void): void {
  const s = theSegmenter();
  if (!s) {
    for (const ch of text) cluster(ch);
    return;
  }
  eachPart(text, (from, to) => plain(text.slice(from, to)), (from, to) => {
    for (const g of s.segment(text.slice(from, to))) cluster(g.segment);
  });
}

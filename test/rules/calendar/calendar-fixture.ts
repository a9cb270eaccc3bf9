/**
 * Content-calendar rows for rule tests: the header a team writes (Indonesian, as `001_…`
 * describes the calendar), and a valid post to vary one field at a time. The default post
 * is a clean one: every calendar rule stays quiet on it (test/rules/calendar/clean.test.ts).
 */
import type { ConfigInput } from '../../../src/config/schema.js';
import type { CheckResult } from '../../../src/model/result.js';
import { checkMemory, type CellInput } from '../../helpers/memory.js';

export const CALENDAR_HEADER = ['No', 'Tanggal', 'Jam', 'Platform', 'Jenis Konten', 'Tema', 'Caption', 'Hashtag', 'Status',
  'Disetujui Oleh', 'Tanggal Disetujui', 'Tanggal Dibuat', 'Link Post', 'PIC', 'Brand'] as const;

export interface Post {
  date?: CellInput; time?: CellInput; platform?: CellInput; type?: CellInput; title?: CellInput; caption?: CellInput;
  hashtags?: CellInput; status?: CellInput; approvedBy?: CellInput; approvalDate?: CellInput; created?: CellInput;
  link?: CellInput; pic?: CellInput; brand?: CellInput;
}

/** A published Instagram reel on Thursday 9 October 2025 at 19.00 WIB, planned and approved in September. */
export const CLEAN_POST: Required<Post> = {
  date: 'Kamis, 9 Oktober 2025', time: '19.00', platform: 'Instagram', type: 'Reels', title: 'Pagi sehat bersama Herbana',
  caption: 'Awali pagimu dengan segelas Herbana hangat @herbana.id #iklan', hashtags: '#herbana #pagisehat', status: 'Sudah Tayang',
  approvedBy: 'Bu Rina', approvalDate: '20/09/2025', created: '15/09/2025', link: 'https://www.instagram.com/reel/Cx1abc/', pic: 'Sari',
  brand: 'Herbana',
};

export function postRow(n: number, p: Post = {}): CellInput[] {
  const v = { ...CLEAN_POST, ...p };
  return [n, v.date, v.time, v.platform, v.type, v.title, v.caption, v.hashtags, v.status, v.approvedBy, v.approvalDate, v.created, v.link, v.pic, v.brand];
}

/** The sheet's rows for `posts` in a calendar without some of the columns (a title row, the header, one row each): pass them as `rows`. */
export function calendarRows(posts: Post[], without: readonly (typeof CALENDAR_HEADER)[number][]): CellInput[][] {
  const kept = CALENDAR_HEADER.flatMap((h, i) => (without.includes(h) ? [] : [i]));
  const pick = (row: readonly CellInput[]) => kept.map((i) => row[i]);
  return [['KALENDER KONTEN OKTOBER 2025'], pick(CALENDAR_HEADER), ...posts.map((p, i) => pick(postRow(i + 1, p)))];
}

export const CALENDAR_CONFIG: ConfigInput = {
  year: 2025,
  brands: [{ name: 'Herbana', handles: ['@herbana.id'] }, { name: 'Herbamojo', handles: ['@herbamojo'] }],
};

/** Check one calendar sheet of `posts` (a title row, the header, one row each); `asOf` defaults to 31 October 2025. */
export async function checkCalendar(posts: Post[], opts: { config?: ConfigInput; asOf?: string; lang?: 'en' | 'id'; rows?: CellInput[][] } = {}): Promise<CheckResult> {
  const rows = opts.rows ?? [['KALENDER KONTEN OKTOBER 2025'], [...CALENDAR_HEADER], ...posts.map((p, i) => postRow(i + 1, p))];
  return checkMemory({ 'calendar.xlsx': [{ name: 'Oktober', rows }] }, { ...CALENDAR_CONFIG, ...opts.config },
    { lang: opts.lang ?? 'en', asOf: opts.asOf ?? '2025-10-31' });
}

export const findingsOf = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule);

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTime, inWindow, parseTime, parseWindow, shiftZone } from '../../src/parsers/time.js';

const at = (h: number, m = 0, zone: 'WIB' | 'WITA' | 'WIT' | null = null) => ({ ok: true, minutes: h * 60 + m, zone });

describe('parseTime: times as calendars write them', () => {
  it.each([
    ['19.00', at(19)], ['19:00', at(19)], ['7 PM', at(19)], ['7pm', at(19)], ['7.30 pm', at(19, 30)], ['7 p.m.', at(19)],
    ['12 AM', at(0)], ['12 PM', at(12)], ['12.30 AM', at(0, 30)], ['0.00', at(0)], ['24.00', at(0)],
    ['jam 7 malam', at(19)], ['jam 2 malam', at(2)], ['jam 12 malam', at(0)], ['jam 11 malam', at(23)],
    ['jam 3 sore', at(15)], ['jam 6 sore', at(18)], ['jam 1 siang', at(13)], ['jam 12 siang', at(12)], ['07.00 pagi', at(7)],
    ['jam 19.00', at(19)], ['pkl. 19.00', at(19)], ['Pukul 09.30 WIB', at(9, 30, 'WIB')], ['pukul 09.30 WIB', at(9, 30, 'WIB')],
    ['19.00 WITA', at(19, 0, 'WITA')], ['19.00 wit', at(19, 0, 'WIT')], ['19.00 WIB.', at(19, 0, 'WIB')], ['19.00.30', at(19)],
    // A slot: the post goes out at its start.
    ['09.00-10.00', at(9)], ['09.00 - 10.00 WIB', at(9, 0, 'WIB')], ['19.00 s/d 21.00', at(19)],
  ])('%j', (text, expected) => {
    expect(parseTime(text)).toEqual(expected);
  });

  it('reads a time cell as a fraction of a day, and a date-time serial by its fraction', () => {
    expect(parseTime(19 / 24)).toEqual(at(19));
    expect(parseTime(0.5)).toEqual(at(12));
    expect(parseTime(45939 + 19.5 / 24)).toEqual(at(19, 30));
    // 23:59:59.9 rounds to the next minute, which is midnight, not 24:00.
    expect(parseTime(0.99999)).toEqual(at(0));
  });

  it('reads a number between 1 and 24 as the hour and minutes typed (`19.30` stored as 19.3 by an English-locale sheet)', () => {
    expect(parseTime(19.3)).toEqual(at(19, 30));
    expect(parseTime(9.05)).toEqual(at(9, 5));
    expect(parseTime(19.75)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(parseTime(19)).toEqual({ ok: false, reason: 'unparseable' });
    expect(parseTime(19.333)).toEqual({ ok: false, reason: 'unparseable' });
  });

  it.each([
    ['7', 'unparseable'], ['jam 7', 'unparseable'], ['besok', 'unparseable'], ['', 'unparseable'], ['19h', 'unparseable'],
    ['25.00', 'out-of-range'], ['19.75', 'out-of-range'], ['19.00.75', 'out-of-range'], ['0 AM', 'out-of-range'],
    ['15 pagi', 'out-of-range'], ['jam 9 siang', 'out-of-range'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseTime(text)).toEqual({ ok: false, reason });
  });

  it('refuses what is not a time at all, without throwing', () => {
    expect(parseTime(null)).toEqual({ ok: false, reason: 'unparseable' });
    expect(parseTime(undefined)).toEqual({ ok: false, reason: 'unparseable' });
    expect(parseTime(-0.2)).toEqual({ ok: false, reason: 'unparseable' });
    expect(parseTime(Number.NaN)).toEqual({ ok: false, reason: 'unparseable' });
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double()), (v) => {
      const r = parseTime(v);
      return !r.ok || (Number.isInteger(r.minutes) && r.minutes >= 0 && r.minutes < 1440);
    }));
  });

  it('reads back what formatTime writes, for every minute of the day', () => {
    for (let m = 0; m < 1440; m++) expect(parseTime(formatTime(m))).toEqual({ ok: true, minutes: m, zone: null });
  });
});

describe('shiftZone', () => {
  it('moves a time between Indonesia\'s zones, wrapping past midnight either way', () => {
    expect(shiftZone(19 * 60, 'WITA', 'WIB')).toBe(18 * 60);
    expect(shiftZone(19 * 60, 'WIB', 'WIT')).toBe(21 * 60);
    expect(shiftZone(23 * 60 + 30, 'WIB', 'WIT')).toBe(60 + 30);
    expect(shiftZone(30, 'WIT', 'WIB')).toBe(22 * 60 + 30);
    expect(shiftZone(600, 'WIB', 'WIB')).toBe(600);
  });
});

describe('parseWindow and inWindow', () => {
  it('reads a window with either separator, and refuses what is not one', () => {
    expect(parseWindow('19:00-21:00')).toEqual({ from: 1140, to: 1260 });
    expect(parseWindow(' 11.00 – 13.00 ')).toEqual({ from: 660, to: 780 });
    expect(parseWindow('20:00-24:00')).toEqual({ from: 1200, to: 1440 });
    for (const bad of ['19:00', '19-21', '24:00-01:00', '19:60-21:00', '19:00-24:30', 'malam']) expect(parseWindow(bad), bad).toBeNull();
  });

  it('counts the start in and the end out', () => {
    const w = parseWindow('19:00-21:00')!;
    expect([18 * 60 + 59, 19 * 60, 20 * 60 + 59, 21 * 60].map((m) => inWindow(m, w))).toEqual([false, true, true, false]);
  });

  it('takes a window across midnight as the night it means', () => {
    const w = parseWindow('22:00-01:00')!;
    expect([21 * 60 + 59, 22 * 60, 23 * 60 + 59, 0, 59, 60, 12 * 60].map((m) => inWindow(m, w))).toEqual([false, true, true, true, true, false, false]);
  });
});

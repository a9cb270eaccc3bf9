import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../src/tables/headers.js';

/** Which kind a header row is, for the content calendar beside the kinds it resembles. */
describe('a content calendar header', () => {
  it('is a calendar even when its date, time and status headers all say "tayang" (not a wide recap)', () => {
    const m = matchHeader(['No Urut', 'Tanggal Tayang', 'Jam Tayang', 'Platform', 'Jenis Konten', 'Caption', 'Status Tayang']);
    expect(m?.kind).toBe('content-calendar');
    expect(m?.columns.get('publishDate')).toBe(1);
    expect(m?.columns.get('publishTime')).toBe(2);
    expect(m?.columns.get('status')).toBe(6);
  });

  it('leaves the seed\'s wide recap a recap (two brand date columns, no calendar column)', () => {
    const m = matchHeader(['No', 'Herbamojo', 'Tanggal Posting', 'Herbana', 'Tanggal Posting']);
    expect(m?.kind).toBe('posting-recap');
  });

  it('leaves a long recap with a caption and post date a recap', () => {
    const m = matchHeader(['No', 'Nama KOL', 'Link', 'Tanggal Posting', 'Link Post', 'Caption', 'Views', 'Likes']);
    expect(m?.kind).toBe('posting-recap');
  });

  it('reads the English calendar headers a team writes', () => {
    const m = matchHeader(['Date', 'Time', 'Platform', 'Content Type', 'Title', 'Caption', 'Hashtags', 'Status', 'Approved By', 'Approval Date', 'Post Link']);
    expect(m?.kind).toBe('content-calendar');
    expect([...m!.columns.keys()]).toEqual(['publishDate', 'publishTime', 'platform', 'contentType', 'title', 'caption', 'hashtags', 'status', 'approvedBy', 'approvalDate', 'postLink']);
  });
});

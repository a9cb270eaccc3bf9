/**
 * The status of a planned post, in the order a post moves through the SOP (`000_…`,
 * `001_…` Tahap 2–3): drafted, reviewed internally, approved by the marketing manager,
 * scheduled, published — or cancelled. Indonesian and English phrases, matched whole
 * after normalisation as the PR-pack statuses are (`statuses.ts`); config
 * `calendar.statuses` adds a team's own. Unknown → a finding with a did-you-mean.
 */
import { phraseParser, type PhraseParse } from './phrases.js';

export type CalendarStatus = 'draft' | 'review' | 'approved' | 'scheduled' | 'published' | 'cancelled';

export const CALENDAR_STATUSES: readonly CalendarStatus[] = ['draft', 'review', 'approved', 'scheduled', 'published', 'cancelled'];

export const DEFAULT_CALENDAR_STATUS_PHRASES: Readonly<Record<CalendarStatus, readonly string[]>> = {
  draft: ['Draft', 'Ide', 'Idea', 'Rencana', 'Plan', 'Planned', 'To Do', 'Todo', 'Belum', 'Belum Dibuat', 'Proses', 'On Process', 'On Progress',
    'In Progress', 'Produksi', 'Dalam Produksi', 'Dikerjakan', 'Ditunda', 'Postponed', 'Hold', 'On Hold', 'Not Started', 'Belum Mulai',
    'Belum Dikerjakan', 'Belum Tayang', 'Belum Posting', 'Belum Upload', 'Not Posted', 'Not Yet Posted', 'Konsep', 'Concept', 'Brief',
    'Copywriting', 'Desain', 'Design', 'Editing'],
  review: ['Review', 'In Review', 'Direview', 'Sedang Direview', 'Revisi', 'Revision', 'Menunggu Approval', 'Waiting Approval',
    'Waiting For Approval', 'Need Approval', 'Perlu Approval', 'Menunggu Persetujuan', 'Menunggu ACC', 'Pending Approval', 'Cek', 'Checking',
    'On Review', 'Need Review', 'Waiting Review', 'Menunggu Review', 'Menunggu', 'Pending'],
  approved: ['Approved', 'Approve', 'Disetujui', 'Sudah Disetujui', 'ACC', 'Sudah ACC', 'Di ACC', 'Sudah Approve', 'Ready', 'Ready To Post',
    'Siap', 'Siap Posting', 'Siap Tayang', 'Siap Upload', 'OK', 'Oke'],
  scheduled: ['Scheduled', 'Schedule', 'Dijadwalkan', 'Dijadwal', 'Sudah Dijadwalkan', 'Terjadwal', 'Sudah Terjadwal', 'Queued', 'Antre'],
  published: ['Published', 'Publish', 'Posted', 'Done', 'Sudah Posting', 'Sudah Diposting', 'Diposting', 'Sudah Tayang', 'Tayang', 'Live',
    'Uploaded', 'Sudah Upload', 'Sudah Diupload', 'Sudah Publish', 'Sudah Dipublish', 'Terbit', 'Sudah Terbit', 'Selesai'],
  cancelled: ['Cancelled', 'Canceled', 'Cancel', 'Batal', 'Dibatalkan', 'Tidak Jadi', 'Gak Jadi', 'Nggak Jadi', 'Batal Tayang', 'Tidak Tayang', 'Drop', 'Dropped'],
};

export type CalendarStatusResult = PhraseParse<CalendarStatus>;

const parse = phraseParser(CALENDAR_STATUSES, DEFAULT_CALENDAR_STATUS_PHRASES, 512);

/** A status cell: blank → `status: null` (nothing recorded); a known phrase → its status; else `ok: false`. */
export function parseCalendarStatus(input: string, phrases?: Partial<Record<CalendarStatus, readonly string[]>>): CalendarStatusResult {
  return parse(input, phrases);
}

/** Statuses that say the post is going out (or went out) as planned: approval must come first. */
export const GOING_OUT: ReadonlySet<CalendarStatus> = new Set(['scheduled', 'published']);

// Deterministic bench data: the same bytes on every run (a fixed PRNG, fixed dates).
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const HEADER = ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram', 'Bulan'];
const STATUSES = ['', 'YES (DONE)', 'TIDAK BISA BARTER', 'TIDAK BISA DI CONTACT', '', 'YES'];

function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * The 100k-row listing, twelve month sheets. As exceljs's streaming writer writes it
 * (inline strings, no styles, post dates as text) unless `realDates`: then post dates are
 * date cells with a `dd/mm/yyyy` format and strings are shared, the input LibreOffice
 * re-saves in listingXlsxByLibreOffice.
 */
export async function listingXlsx(path, rows, { realDates = false, oneMonth = false } = {}) {
  if (existsSync(path)) return path;
  const rnd = prng(42);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: realDates, useStyles: realDates });
  // A year in twelve monthly sheets, or (oneMonth) every row in September's: the report of
  // a month holds that month's rows, so the one-month file is its worst case.
  const months = oneMonth ? [[8, MONTHS[8]]] : [...MONTHS.entries()];
  const perSheet = Math.ceil(rows / months.length);
  let n = 0;
  for (const [m, month] of months) {
    const ws = wb.addWorksheet(`${month} 2024`);
    if (realDates) ws.getColumn(5).numFmt = 'dd/mm/yyyy';
    ws.addRow(HEADER).commit();
    for (let i = 0; i < perSheet && n < rows; i++, n++) {
      const status = STATUSES[Math.floor(rnd() * STATUSES.length)];
      const followers = `${Math.floor(rnd() * 900) + 1}${rnd() < 0.8 ? 'K' : '.000'}`;
      const day = (i % 27) + 1;
      const posted = status !== 'YES (DONE)' ? '' : realDates ? new Date(Date.UTC(2024, m, day)) : `${day}/${String(m + 1).padStart(2, '0')}/2024`;
      const row = ws.addRow([i + 1, `KOL ${n}`, followers, status.startsWith('YES') ? `Jl. Mawar ${n}, Jakarta` : '',
        posted, status, 'Instagram', n % 3 ? 'Herbana' : 'Herbamojo', `https://www.instagram.com/kol${n}/`, `${month} 2024`]);
      if (realDates && posted !== '') row.getCell(5).numFmt = 'dd/mm/yyyy';
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return path;
}

/**
 * The same listing as LibreOffice writes it (shared strings, a styles part, real date
 * cells, its own XML layout): the real-dates variant re-saved by `soffice`. Null when
 * LibreOffice is not installed, so the bench can say why it skips the row.
 */
export async function listingXlsxByLibreOffice(dir, rows) {
  const out = join(dir, 'libreoffice', `listing-${rows}.xlsx`);
  if (existsSync(out)) return out;
  const source = await listingXlsx(join(dir, `listing-${rows}-dates.xlsx`), rows, { realDates: true });
  const profile = mkdtempSync(join(tmpdir(), 'kolops-bench-lo-'));
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'libreoffice'), source], { encoding: 'utf8' });
  rmSync(profile, { recursive: true, force: true });
  if (r.error || r.status !== 0) return null;
  renameSync(join(dir, 'libreoffice', `listing-${rows}-dates.xlsx`), out);
  return out;
}

/**
 * A posting recap of `entries` rows for the listing `listingXlsx` writes with `listingRows`
 * rows: each names a listed KOL of its month and brand by profile link (rows picked at
 * random, so the join looks rows up all over the listing), with a post date, post link,
 * caption and counts; every 50th names a KOL the listing does not have. A CSV, as a team
 * exports its recap sheet.
 */
export async function recapCsv(path, entries, listingRows) {
  if (existsSync(path)) return path;
  const rnd = prng(11);
  const perSheet = Math.ceil(listingRows / MONTHS.length);
  const out = createWriteStream(path);
  const write = (line) => (out.write(line) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('KOL,Link,Brand,Bulan,Post Date,Post Link,Caption,Views,Likes,Comments\r\n');
  for (let i = 0; i < entries; i++) {
    const n = Math.floor(rnd() * listingRows);
    const m = Math.floor(n / perSheet);
    const who = i % 50 === 49 ? `KOL baru ${i}` : `KOL ${n}`;
    const link = i % 50 === 49 ? `https://www.instagram.com/baru${i}/` : `https://www.instagram.com/kol${n}/`;
    const brand = n % 3 ? 'Herbana' : 'Herbamojo';
    await write([who, link, brand, `${MONTHS[m]} 2024`, `${(n % 27) + 1}/${String(m + 1).padStart(2, '0')}/2024`,
      `https://www.instagram.com/p/C${n}x/`, `"Seger banget pakai ${brand}! #ad #${brand.toLowerCase()}"`,
      Math.floor(rnd() * 90000) + 1000, Math.floor(rnd() * 5000), Math.floor(rnd() * 300)].join(',') + '\r\n');
  }
  await new Promise((r) => out.end(r));
  return path;
}

/**
 * A year of content calendars for many brands, one CSV, `;`-separated: captions as teams
 * write them — emoji (with skin tones and joiners), accented words, line breaks, tags,
 * mentions and links, and now and then a claim or a late disclosure — because the caption
 * rules count characters as people see them, and ASCII captions are their easy case.
 */
export async function calendarCsv(path, rows) {
  if (existsSync(path)) return path;
  const rnd = prng(17);
  const out = createWriteStream(path);
  const write = (line) => (out.write(line) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  const days = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
  const platforms = ['Instagram', 'TikTok', 'X', 'Facebook', 'YouTube'];
  const statuses = ['Sudah Tayang', 'Draft', 'Menunggu Approval', 'Dijadwalkan', 'Revisi'];
  const brands = ['Herbana', 'Herbamojo', 'EssentialDhari'];
  const openers = ['POV: hari pertama', 'Pagi-pagi udah seger', 'Cerita café hari ini', 'Resep jamu ala nenek', 'Tips sehat minggu ini'];
  const emoji = ['', ' 😍', ' 👍🏽', ' 🌿✨', ' 👨‍👩‍👧', ' 🇮🇩', ''];
  const extras = ['', ' Ampuh banget!', ' Cek link di bio ya.', ' #iklan', ' Yuk coba: https://herbana.co.id/promo', ''];
  await write('No;Hari, Tanggal;Jam;Platform;Jenis Konten;Tema;Caption;Hashtag;Status;Disetujui Oleh;Tanggal Disetujui;Tanggal Dibuat;Link Posting;PIC;Campaign;Brand\r\n');
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + (i % 366)));
    const brand = brands[i % 3];
    const month = MONTHS[day.getUTCMonth()];
    const caption = `${openers[i % 5]}${emoji[Math.floor(rnd() * 7)]} bareng ${brand} — seger terus!${extras[Math.floor(rnd() * 6)]}` +
      `${i % 4 === 0 ? '\n\nJangan lupa minum air putih ya 💧' : ''} @${brand.toLowerCase()}.id #${brand.toLowerCase()}${i % 7 === 0 ? ' #iklan' : ''}`;
    const approved = `2024-${String(day.getUTCMonth() + 1).padStart(2, '0')}-01`;
    await write([i + 1, `${days[day.getUTCDay()]}, ${day.getUTCDate()} ${month} 2024`, `${18 + (i % 4)}.30`, platforms[i % 5], 'Video',
      `Tema ${i % 40}`, `"${caption}"`, `#${brand.toLowerCase()} #jamu #fyp`, statuses[i % 5], 'Ratna Sari', approved, '2023-12-01',
      `https://www.tiktok.com/@${brand.toLowerCase()}.id/video/${7421000000 + i}`, 'Abel Cantika', `Campaign ${month}`, brand].join(';') + '\r\n');
  }
  await new Promise((r) => out.end(r));
  return path;
}

/**
 * The affiliate deals export, `;`-separated as Indonesian Excel saves it. `edited`: the
 * same export a week later, as `kolops diff` meets it — every 997th deal gone, every
 * 1009th deal's sales changed, 500 new deals at the end; every other row byte-identical.
 */
export async function deliverablesCsv(path, rows, { edited = false } = {}) {
  if (existsSync(path)) return path;
  const rnd = prng(7);
  const out = createWriteStream(path);
  const write = (line) => (out.write(line) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('Bulan;Platform;Merek;Nama Akun;Link;Video;Live;Bukti;Komisi (%);Penjualan;Target;Status\r\n');
  for (let i = 0; i < rows; i++) {
    const month = MONTHS[i % 12];
    const platform = i % 2 ? 'Shopee' : 'TikTok Shop';
    const link = i % 2 ? `https://shopee.co.id/aff${i}` : `https://www.tiktok.com/@aff${i}`;
    // Mostly clean deals, as a real export is: 2% short of videos, 1% over the sales target.
    const videos = rnd() < 0.02 ? 2 : 3;
    let sales = rnd() < 0.01 ? 26000000 : Math.floor(rnd() * 2e7);
    if (edited && i % 997 === 0) continue;
    if (edited && i % 1009 === 0) sales += 150000;
    await write(`${month} 2024;${platform};${i % 3 ? 'Herbana' : 'Herbamojo'};aff${i};${link};${videos};1;https://drive.google.com/p${i};${5 + (i % 15)};${sales};25000000;DONE\r\n`);
  }
  for (let i = rows; edited && i < rows + 500; i++) {
    await write(`Desember 2024;Shopee;Herbana;aff${i};https://shopee.co.id/aff${i};3;1;https://drive.google.com/p${i};10;1000000;25000000;DONE\r\n`);
  }
  await new Promise((r) => out.end(r));
  return path;
}

export async function smallWorkbooks(dir, count) {
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(dir, `small-${count - 1}.xlsx`))) return dir;
  for (let k = 0; k < count; k++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(`${MONTHS[k % 12]} 2024`);
    ws.addRow(HEADER);
    for (let i = 0; i < 25; i++) ws.addRow([i + 1, `KOL ${k}-${i}`, `${10 + i}K`, '', '', '', 'Instagram', 'Herbana', `https://www.instagram.com/k${k}x${i}/`, `${MONTHS[k % 12]} 2024`]);
    await wb.xlsx.writeFile(join(dir, `small-${k}.xlsx`));
  }
  return dir;
}

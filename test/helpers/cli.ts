import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** stderr is a terminal (the progress line is drawn only there); false by default. */
  stderrIsTTY?: boolean;
  /** How long before the progress line appears; 0 to see it on a run that takes no time. */
  progressDelayMs?: number;
}

/** Run the CLI in-process with captured streams, as a user would type it. */
export async function kolops(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    isTTY: false,
    stderrIsTTY: opts.stderrIsTTY,
    progressDelayMs: opts.progressDelayMs,
    env: { NO_COLOR: '1', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

/** The part of a finding that must not depend on how the workbook was stored. */
export function findingKeys(json: string): string[] {
  const r = JSON.parse(json) as { findings: { rule: string; row: number | null; column: string | null; kol: string | null; month: string | null }[] };
  return r.findings.map((f) => `${f.rule} ${f.row ?? '-'}${f.column ?? ''} ${f.kol ?? ''} ${f.month ?? ''}`).sort();
}

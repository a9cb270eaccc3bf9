import type { Config } from '../config/schema.js';
import { countFindings, sortFindings } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import { checkWorkbooks, type CheckOptions, type CheckRun, type EngineIO } from './check.js';
import type { WalkIssue } from './walk.js';

/** Files that share one config, with what else to read for their joins. */
export interface RunGroup {
  config: Config;
  /** The kolops.config.json, or null for the built-in SOP defaults. */
  configFile: string | null;
  files: string[];
  context: string[];
  issues: WalkIssue[];
  explicit: ReadonlySet<string>;
  folders: string[];
}

export interface GroupRun extends CheckRun {
  group: RunGroup;
}

/**
 * One engine run per config, merged into one result: each file is checked with its own
 * config (`kolops check a b`, with a config in each), and joins happen among the files
 * of one config. Files keep the walk's order; findings are sorted once, here.
 */
export async function checkGroups(groups: readonly RunGroup[], options: CheckOptions, io?: EngineIO): Promise<{ result: CheckResult; runs: GroupRun[] }> {
  const runs: GroupRun[] = [];
  for (const group of groups) {
    const run = await checkWorkbooks(group.files, group.config, {
      ...options,
      context: [...(options.context ?? []), ...group.context],
      pathIssues: group.issues,
      explicit: group.explicit,
      folders: group.folders,
    }, io);
    for (const f of run.result.files) f.config = group.configFile;
    runs.push({ ...run, group });
  }
  if (runs.length === 1) return { result: runs[0]!.result, runs };

  const order = new Map(groups.flatMap((g) => g.files).map((f, i) => [f, i]));
  const findings = sortFindings(runs.flatMap((r) => r.result.findings));
  const files = runs.flatMap((r) => r.result.files).sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  const notChecked = runs.flatMap((r) => r.result.notChecked ?? []);
  const result: CheckResult = {
    files, findings,
    summary: { files: runs.reduce((n, r) => n + r.result.summary.files, 0), ...countFindings(findings) },
    ...(options.kinds ? { notChecked } : {}),
  };
  return { result, runs };
}

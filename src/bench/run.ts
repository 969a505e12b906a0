/**
 * npm run bench: yugraph against its limits. Prints a table, then one JSON line with every figure.
 *
 * usage: node lib/bench/run.js [--mb 20]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBuild } from './build-bench.js';
import { benchExplorer } from './explorer-bench.js';
import { benchIngest } from './ingest-bench.js';
import { benchQueries } from './query-bench.js';

const root = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' } } });
const megabytes = Number(values.mb);
if (!(megabytes > 0)) {
  process.stderr.write(`bench: --mb must be a positive number, got "${values.mb}"\n`);
  process.exit(1);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
// Queries first: spawning the CLI from a process that holds a 20 MB build's heap costs tens of
// milliseconds more than from the shell a user types in.
log('measuring queries on the seed graph…');
const queries = benchQueries(root('graph/graph.json'), root('lib/cli/main.js'));
log('reading a 100-page PDF…');
const ingest = await benchIngest(root('seeds'));
log(`building a ${megabytes} MB synthetic corpus of recombined seed paragraphs…`);
const build = await benchBuild(root('seeds'), megabytes);
// Read before the explorer bench, whose vite build would otherwise count towards the pipeline's peak.
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
log('measuring the explorer in headless Chromium…');
const explorer = await benchExplorer();
const figures = { ...build, ...ingest, ...queries, peak_rss_mb: peakRssMb, ...explorer };

const rows: [string, string, string][] = [
  ['corpus', `${build.corpus_mb} MB in ${build.documents} documents`, ''],
  ['build (without jieba load)', `${build.build_s} s`, `${build.build_mb_per_s} MB/s (target ≥ 2)`],
  ['jieba dictionary load', `${build.jieba_load_s} s`, ''],
  ['jieba cut, same text', `${build.jieba_cut_s} s`, `build ÷ cut = ${build.build_to_jieba_ratio} (target ≤ 3)`],
  ...Object.entries(build.stage_s).map(([stage, seconds]): [string, string, string] => [`  stage ${stage}`, `${seconds} s`, '']),
  ['ingest 100-page PDF', `${ingest.pdf_ingest_s} s`, `${ingest.pdf_kb} KB, ${ingest.pdf_characters} characters`],
  ['peak RSS', `${figures.peak_rss_mb} MB`, 'target < 2048'],
  ['neighbors p50 / p99', `${queries.neighbors_p50_us} / ${queries.neighbors_p99_us} µs`, 'p99 target < 1000'],
  ['CLI neighbors, fresh process', `${queries.cli_neighbors_ms} ms`, 'target < 300'],
  ['compare, seeds 2 vs 3 documents', `${queries.compare_ms} ms`, ''],
  ['explorer first frame, seeds', `${explorer.explorer_first_frame_ms_seeds} ms`, 'target < 1000'],
  ['explorer first frame, 20k', `${explorer.explorer_first_frame_ms_20k} ms`, 'target < 5000'],
  ['explorer hover, 20k', `${explorer.explorer_hover_ms_20k} ms`, 'target < 100'],
  ['explorer hover, seeds', `${explorer.explorer_hover_ms_seeds} ms`, 'fades all but the neighbourhood; target < 100'],
  ['explorer panel click, seeds', `${explorer.explorer_panel_ms_seeds} ms`, 'click to next frame; target < 100'],
];
for (const [name, value, note] of rows) process.stdout.write(`${name.padEnd(30)} ${value.padEnd(28)} ${note}\n`);
process.stdout.write(`${JSON.stringify(figures)}\n`);

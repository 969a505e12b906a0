import { runPipeline } from '../../pipeline/build.js';
import { readGold, scoreDocument, summarize } from '../../pipeline/evaluate.js';
import { InputError } from '../../pipeline/ingest.js';
import { EXIT, parseCommandArgs, UserError, type Command } from '../command.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export const command: Command = {
  name: 'eval',
  summary: 'score the extractor against the hand-made gold lists in test/gold',
  help: `usage: yugraph eval [DIR ...] [--gold DIR] [--details] [--json]

Builds the graph from the documents (default: seeds) in memory and compares, for every document that
has a gold list in --gold (default: test/gold), the extracted entities with the hand-made ones.
Prints precision, recall, type accuracy, alias splits and wrong merges.

  --details   list false positives, misses, splits and merges
  --json      print the scores as JSON

example: npm run eval -- --details`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      gold: { type: 'string', default: 'test/gold' },
      details: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    let scores;
    try {
      const gold = readGold(values.gold);
      const { entities } = await runPipeline(positionals.length > 0 ? positionals : ['seeds']);
      scores = gold.map((document) => scoreDocument(document, entities));
    } catch (error) {
      if (error instanceof InputError) throw new UserError(error.message, EXIT.inputError);
      throw error;
    }
    const summary = summarize(scores);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ summary, documents: scores }, null, 2)}\n`);
      return EXIT.ok;
    }
    const lines = ['document                 gold  found  precision  recall  type-acc  splits  merges'];
    for (const score of scores) {
      const single = summarize([score]);
      lines.push(
        `${score.doc.padEnd(24)} ${String(score.gold).padStart(4)}  ${String(score.predicted).padStart(5)}  ${percent(single.precision).padStart(9)}  ` +
          `${percent(single.recall).padStart(6)}  ${percent(single.typeAccuracy).padStart(8)}  ${String(single.aliasSplits).padStart(6)}  ${String(single.wrongMerges).padStart(6)}`,
      );
      if (values.details) {
        for (const [title, items] of [['false positives', score.falsePositives], ['missed', score.missed], ['split', score.aliasSplits], ['merged', score.wrongMerges]] as const) {
          if (items.length > 0) lines.push(`  ${title} (${items.length}): ${items.join('  ')}`);
        }
      }
    }
    lines.push(
      `${'all'.padEnd(24)} ${' '.repeat(4)}  ${' '.repeat(5)}  ${percent(summary.precision).padStart(9)}  ${percent(summary.recall).padStart(6)}  ` +
        `${percent(summary.typeAccuracy).padStart(8)}  ${String(summary.aliasSplits).padStart(6)}  ${String(summary.wrongMerges).padStart(6)}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};

import { buildGraph } from '../../pipeline/build.js';
import { InputError } from '../../pipeline/ingest.js';
import { EXIT, parseCommandArgs, UserError, type Command } from '../command.js';

export const command: Command = {
  name: 'build',
  summary: 'build the graph from a folder of documents (default: seeds → graph)',
  help: `usage: yugraph build [DIR|FILE ...] [--out DIR] [--verbose]

Reads .txt and .md documents (folders are walked; a manifest.json beside them supplies titles and
dates), extracts entities and their links, and writes DIR/graph.json and DIR/graph.gexf atomically.

  --out DIR     where to write (default: graph)
  --verbose     print the time each stage took
  --quiet       no summary line

example: npx yugraph build seeds --out graph --verbose`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string', default: 'graph' },
      verbose: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    });
    const inputs = positionals.length > 0 ? positionals : ['seeds'];
    const started = performance.now();
    let result;
    try {
      result = buildGraph(inputs, values.out, {
        onStage: values.verbose ? (stage, seconds) => process.stderr.write(`  ${stage.padEnd(11)} ${seconds.toFixed(3)} s\n`) : undefined,
      });
    } catch (error) {
      if (error instanceof InputError) throw new UserError(error.message, EXIT.inputError);
      throw error;
    }
    for (const { file, reason } of result.skipped) process.stderr.write(`yugraph: skipped ${file}: ${reason}\n`);
    if (!values.quiet) {
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(
        `yugraph: ${result.graph.order} entities, ${result.graph.size} links from ${result.sentences.length} sentences ` +
          `→ ${values.out}/graph.json, ${values.out}/graph.gexf (${seconds.toFixed(1)} s)\n`,
      );
    }
    return EXIT.ok;
  },
};

// Parses each Mermaid file named on the command line with the mermaid package's own
// parser (mermaid.parse, as the renderers call it), and prints the first error of each
// one that does not parse. Exit 1 when any fails. Copied next to node_modules by
// mermaid_parse.sh, so that `import 'mermaid'` finds the package installed there.
import { readFileSync } from 'node:fs';

const { default: mermaid } = await import('mermaid');
// The parser must be able to say no, or its yes means nothing.
let refused = false;
try {
  await mermaid.parse('sequenceDiagram\n  a->>b: one; two\n');
} catch {
  refused = true;
}
if (!refused) {
  console.log('mermaid.parse accepted a diagram it should refuse: the check is not working');
  process.exit(1);
}
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    await mermaid.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    failed++;
    console.log(`${file}: ${String(e.message || e).split('\n').slice(0, 4).join('\n  ')}`);
  }
}
console.log(`parsed ${process.argv.length - 2 - failed} of ${process.argv.length - 2} diagrams`);
process.exit(failed ? 1 : 0);

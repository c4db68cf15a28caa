// Lints files with markdownlint's library (default rules), as npm installs it.
// Prints the number of findings; the benchmark times the whole process.
import { lint } from 'markdownlint/promise';
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2).flatMap((arg) => (arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8').split('\n').filter(Boolean) : [arg]));
const results = await lint({ files });
let count = 0;
for (const file of Object.keys(results)) count += results[file].length;
console.log(JSON.stringify({ files: files.length, findings: count }));

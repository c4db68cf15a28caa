// Parses files with a bare unified + remark-parse + remark-gfm + remark-frontmatter, the
// baseline for what a full Markdown parse costs. The benchmark times the whole process.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2).flatMap((arg) => (arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8').split('\n').filter(Boolean) : [arg]));
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
let nodes = 0;
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
console.log(JSON.stringify({ files: files.length, blocks: nodes }));

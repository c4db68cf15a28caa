// Shows whether the Markdown parser scales linearly with the number of list blocks.
// micromark 4.0.3 was measured quadratic here (1,000 blocks 0.5 s, 4,000 blocks 5.7 s);
// the project pins 4.0.2 with npm `overrides`. Usage: node scripts/bench/micromark-scaling.mjs
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';

const processor = unified().use(remarkParse).use(remarkGfm);
const doc = (blocks) =>
  Array.from({ length: blocks }, (_, i) => `- KR${i}: Raise activation from ${i}% to ${i + 5}%\n\nSome prose about item ${i}.\n`).join('\n');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(blocks, runs = 3) {
  const text = doc(blocks);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    processor.parse(text);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const version = JSON.parse(readFileSync(new URL('../../node_modules/micromark/package.json', import.meta.url), 'utf8')).version;
const small = time(1000);
const large = time(4000);
console.log(`| micromark ${version} | median ms |`);
console.log('|---|---|');
console.log(`| 1,000 list+paragraph blocks | ${small.toFixed(0)} |`);
console.log(`| 4,000 list+paragraph blocks | ${large.toFixed(0)} |`);
console.log(`| ratio (linear ≈ 4) | ${(large / small).toFixed(1)} |`);

// Preloaded into a node child (node --import=…/report-rss.mjs) when /usr/bin/time is missing:
// at exit, writes the process's peak resident set size (KiB) to $BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));

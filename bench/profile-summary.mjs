// Summarises a V8 .cpuprofile (node --cpu-prof): self time per package / source file, and
// inclusive time of selected functions. Usage: node bench/profile-summary.mjs FILE.cpuprofile [fn ...]
import { readFileSync } from 'node:fs';

const [file, ...fns] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const dts = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dts[i] ?? 0) / 1000);
const total = [...self.values()].reduce((a, b) => a + b, 0);

function bucket(url) {
  if (!url) return '(native/gc/idle)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return `pkg:${m[1]}`;
  const d = /\/dist\/(.*)$/.exec(url);
  if (d) return `dist/${d[1]}`;
  if (url.startsWith('node:')) return 'node-internal';
  return url;
}
const buckets = new Map();
for (const [id, ms] of self) {
  const n = byId.get(id);
  const key = n.callFrame.url ? bucket(n.callFrame.url) : `(${n.callFrame.functionName || 'anon'})`;
  buckets.set(key, (buckets.get(key) ?? 0) + ms);
}
console.log(`total sampled ${total.toFixed(0)} ms`);
for (const [k, v] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);

// Inclusive time of functions by name (each sample counted once per matching name).
if (fns.length) {
  const incl = new Map(fns.map((f) => [f, 0]));
  for (const [id, ms] of self) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (incl.has(name) && !seen.has(name)) {
        incl.set(name, incl.get(name) + ms);
        seen.add(name);
      }
    }
  }
  console.log('inclusive:');
  for (const [k, v] of incl) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}

// Loads the bundled CLI (dist/briefdeck.cjs) as a CommonJS module compiled with a V8 code cache
// (dist/briefdeck.cjs.cache, written by `npm run build`). Why: Node 20 has no compile cache for
// ES modules, and parsing the ~3 MB of JavaScript the CLI needs is a large share of a cold run.
// Contract: behaves exactly like require(bundle); a missing, stale or foreign cache (another Node
// or V8 version, other flags) is rejected by V8 and the source is compiled as usual: slower, never
// wrong. `train` compiles without the cache and returns the script, so the caller can write
// `script.createCachedData()` once the code it wants cached has run.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

/** @returns {{ exports: any, script: import('node:vm').Script, cacheUsed: boolean }} */
function loadBundle(file, cacheFile, train = false) {
  // The bundle is ASCII (esbuild escapes the rest), so latin1 decoding is exact and the fastest.
  const source = fs.readFileSync(file, 'latin1');
  let cachedData;
  if (!train) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // no cache yet: compile from source
    }
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { loadBundle };

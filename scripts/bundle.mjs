// Bundles the compiled CLI (dist/cli/entry.js, from tsc) into one CommonJS file,
// dist/briefdeck.cjs, then writes its V8 code cache (dist/briefdeck.cjs.cache) from a training run.
// Why: a cold `briefdeck build` spent ~1/3 of its time resolving, reading and compiling ~250 ES
// modules (Node 20 caches no ES module code); one file loaded through vm.Script with a code cache
// skips the module graph and most of the compiling (bench/README.md has the numbers).
//
// The bundle must behave exactly like dist/cli/main.js (tests/cli/bundle.test.ts compares decks
// byte for byte):
// - It sits in dist/, the folder of dist/assets.js, so paths that src/assets.ts derives from
//   import.meta.url (replaced here by the bundle's own file URL) stay the same.
// - `canvas` is a native addon and stays outside; a vm.Script has no loader for `import()`, so
//   every dynamic import of it or of a Node built-in becomes a require.
// - Lazily imported modules (emit, charts, draft, preview …) stay lazily evaluated: esbuild wraps
//   them and runs their top level on first use, so `check` still never starts pptxgenjs or Chart.js.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainCodeCache } from './train-code-cache.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'briefdeck.cjs');

/**
 * Node built-ins in libraries, made to work under vm.Script and kept off the start-up path:
 * - pptxgenjs reads pictures by path or URL through `import('node:fs')` / `import('node:https')`
 *   (we hand it bytes, so neither is used): each becomes a resolved namespace object.
 * - commander requires child_process (≈ 14 ms to load, with net and streams) for executable
 *   subcommands we do not have; https costs ≈ 17 ms. Both become a proxy that requires the real
 *   module on first property access, so behaviour is unchanged and the cost is paid only on use.
 */
const LAZY_BUILTINS = new Set(['node:child_process', 'node:https']);
const builtinsForVm = {
  name: 'builtins-for-vm',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/](pptxgenjs[\\/]dist|commander[\\/]lib)[\\/][^\\/]+\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const module = (id) => (LAZY_BUILTINS.has(id) ? `__briefdeckLazyBuiltin('${id}')` : `require('${id}')`);
      const contents = source
        .replace(/\bimport\((['"])(node:[\w/]+)\1\)/g, (_m, _q, id) => `Promise.resolve({ default: ${module(id)} })`)
        .replace(/\brequire\((['"])(node:[\w/]+)\1\)/g, (_m, _q, id) => module(id));
      return { contents, loader: 'js' };
    });
  },
};
const LAZY_BUILTIN_HELPER = `function __briefdeckLazyBuiltin(id) {
  let real;
  const load = () => (real ??= require(id));
  return new Proxy({}, {
    get: (_t, key) => load()[key],
    has: (_t, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Object.getOwnPropertyDescriptor(load(), key);
      return d && { ...d, configurable: true };
    },
  });
}`;

/**
 * yaml's parser reads process.env.LOG_TOKENS (a debug switch) once per token: ≈ 117,000 reads,
 * ≈ 14 ms, for a 2,000-slide outline. Read once when the module loads instead; setting it for the
 * process still works.
 */
const yamlEnvOnce = {
  name: 'yaml-env-once',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const read = 'node_process.env.LOG_TOKENS';
      if (!source.includes(read)) throw new Error(`yaml-env-once: ${read} not found in ${args.path}`);
      const contents = source.replaceAll(read, '__yamlLogTokens') + '\nvar __yamlLogTokens = node_process.env.LOG_TOKENS;\n';
      return { contents, loader: 'js' };
    });
  },
};

/** `import('canvas')` → a bundled one-line module that requires the external addon. */
const canvasByRequire = {
  name: 'canvas-by-require',
  setup(b) {
    b.onResolve({ filter: /^canvas$/ }, (args) =>
      args.kind === 'require-call' ? { path: 'canvas', external: true } : { path: 'canvas', namespace: 'canvas-require' },
    );
    b.onLoad({ filter: /.*/, namespace: 'canvas-require' }, () => ({ contents: "module.exports = require('canvas');", loader: 'js' }));
  },
};

await rm(`${outfile}.cache`, { force: true });
const result = await build({
  entryPoints: [path.join(root, 'dist', 'cli', 'entry.js')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  charset: 'ascii',
  // Whitespace and syntax only: names stay, so an internal error's stack still says where.
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: false,
  legalComments: 'eof',
  define: { 'import.meta.url': '__briefdeck_bundle_url' },
  banner: { js: `const __briefdeck_bundle_url = require('node:url').pathToFileURL(__filename).href;\n${LAZY_BUILTIN_HELPER}` },
  plugins: [builtinsForVm, yamlEnvOnce, canvasByRequire],
  logLevel: 'warning',
});
if (result.errors.length > 0) process.exit(1);

// Any dynamic import left would fail at run time under vm.Script: refuse to ship such a bundle.
const bundled = await readFile(outfile, 'latin1');
const leftover = bundled.match(/\bimport\((['"])[^'"]+\1\)/g);
if (leftover) {
  console.error(`bundle: dynamic imports left in ${outfile}: ${[...new Set(leftover)].join(', ')}`);
  process.exit(1);
}
await trainCodeCache(root, outfile);

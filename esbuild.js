// Bundles the extension (Node and browser), the CLI and the webview script with esbuild.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Shared options: one bundle per entry, sources maps only in development. */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  // ES modules first: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot follow.
  mainFields: ['module', 'main'],
};

const version = JSON.stringify(require('./package.json').version);

const builds = [
  // The CLI: Node, CommonJS, with a shebang so `warrant-lens` runs directly.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', external: ['pdfjs-dist', 'docx'], banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" }, define: { WARRANT_LENS_VERSION: version, 'import.meta.url': '__importMetaUrl' } },
];

const fs = require('node:fs');
// The extension entries exist only once the adapter layer is present.
// `--cli` builds the command-line scanner alone (benchmarks need nothing else).
// In the Node build the engine (rules, case texts, the NLP library) is its own file, required on the
// first analysis, so activation does not compile 700 KB it may never need. The browser build keeps
// one file, since a web worker cannot require a sibling module.
const lazyEngine = {
  name: 'lazy-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:engine|word)$/ }, (args) => (args.importer.endsWith('lazy.ts') ? { path: `${args.path}.js`, external: true } : undefined));
  },
};
// The Word writer (the 1 MB docx builder) is its own file in the Node build and left out of the browser build.
const noWord = {
  name: 'no-word',
  setup(build) {
    build.onResolve({ filter: /^\.\/word$/ }, (args) => (args.importer.endsWith('lazy.ts') ? { path: './word.js', external: true } : undefined));
  },
};
if (fs.existsSync('src/extension.ts') && !process.argv.includes('--cli')) {
  builds.push(
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], plugins: [lazyEngine] },
    { ...common, entryPoints: ['src/vscode/engine.ts'], outfile: 'dist/engine.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
    { ...common, entryPoints: ['src/vscode/word.ts'], outfile: 'dist/word.js', platform: 'node', format: 'cjs', target: 'node20' },
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], plugins: [noWord], define: { 'process.env.NODE_ENV': '"production"' } },
  );
}

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  fs.chmodSync('dist/cli.js', 0o755);
  copyPdfJs();
}

/**
 * pdf.js (pdfjs-dist's legacy build, already minified ES modules) ships beside the bundles as two
 * files, loaded with import() only when a PDF is opened: esbuild cannot turn them into CommonJS
 * (top-level await), and keeping them out of the bundles keeps activation fast.
 */
function copyPdfJs() {
  const from = require('node:path').dirname(require.resolve('pdfjs-dist/legacy/build/pdf.min.mjs'));
  fs.mkdirSync('dist/pdfjs', { recursive: true });
  for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) fs.copyFileSync(`${from}/${f}`, `dist/pdfjs/${f}`);
  fs.copyFileSync(require.resolve('pdfjs-dist/LICENSE'), 'dist/pdfjs/LICENSE');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

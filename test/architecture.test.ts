/** The import boundaries of style.md S3, checked on every source file's import specifiers. */
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const runtimeDependencies = Object.keys(pkg.dependencies ?? {});
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface Import {
  file: string;
  line: number;
  specifier: string;
  /** Resolved repository-relative path for relative imports (without extension), else undefined. */
  target?: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|cts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const importRe = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  // Drop comments so JSDoc `import('…')` type references and examples do not count.
  const code = text.replace(/\/\*[^]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"])\/\/.*$/gm, (m, p: string) => p + ' '.repeat(m.length - p.length));
  const out: Import[] = [];
  for (const m of code.matchAll(importRe)) {
    const specifier = (m[3] ?? m[4] ?? m[5])!;
    const line = code.slice(0, m.index).split('\n').length;
    const typeOnly = Boolean(m[2]) || /^\s*import\s+\{\s*(?:type\s+[^,}]+,?\s*)+\}/.test(m[0]) || /^\s*export\s+type\b/.test(m[0]);
    const imp: Import = { file, line, specifier, typeOnly };
    if (specifier.startsWith('.')) imp.target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.(ts|js|mjs)$/, '');
    out.push(imp);
  }
  return out;
}

function within(target: string | undefined, dir: string): boolean {
  return target !== undefined && (target === dir || target.startsWith(`${dir}/`));
}

const isCoreIndex = (t?: string) => t === 'src/core' || t === 'src/core/index';

function check(files: string[], allowed: (imp: Import) => boolean, rule: string): void {
  const bad = files.flatMap(importsOf).filter((imp) => !allowed(imp));
  assert.deepEqual(
    bad.map((b) => `${b.file}:${b.line} imports '${b.specifier}'`),
    [],
    rule,
  );
}

describe('architecture (style.md S3)', () => {
  it('src/core imports only src/core and its runtime dependencies: no vscode, no Node built-ins', () => {
    check(sourceFiles('src/core'), (i) => within(i.target, 'src/core') || runtimeDependencies.includes(i.specifier.split('/')[0]!), 'core stays pure');
  });

  // The one package a presenter may load: `docx`, a pure document builder, for the TIA as a Word file (loaded lazily).
  it('src/present imports only src/core/index.ts, src/present and the docx builder', () => {
    check(sourceFiles('src/present'), (i) => isCoreIndex(i.target) || within(i.target, 'src/present') || i.specifier === 'docx', 'present stays pure');
  });

  it('src/input (Word/PDF to text) imports only src/input and its runtime dependencies: no vscode, no Node built-ins, no engine', () => {
    check(sourceFiles('src/input'), (i) => within(i.target, 'src/input') || runtimeDependencies.includes(i.specifier), 'input adapters stay pure');
  });

  it('src/vscode imports vscode, src/core/index.ts, src/present, src/input and src/vscode, never src/cli', () => {
    check(sourceFiles('src/vscode'), (i) => i.specifier === 'vscode' || isCoreIndex(i.target) || within(i.target, 'src/present') || within(i.target, 'src/input') || within(i.target, 'src/vscode'), 'adapters');
  });

  it('src/cli imports Node built-ins, packages, src/core/index.ts, src/present and src/input, never vscode', () => {
    const isPackage = (s: string) => !s.startsWith('.') && !s.startsWith('/');
    check(sourceFiles('src/cli'), (i) => i.specifier !== 'vscode' && !within(i.target, 'src/vscode') && (builtins.has(i.specifier) || (i.target === undefined && isPackage(i.specifier)) || isCoreIndex(i.target) || within(i.target, 'src/present') || within(i.target, 'src/input') || within(i.target, 'src/cli')), 'cli');
  });

  it('src/extension.ts imports only vscode and src/vscode', () => {
    check(['src/extension.ts'], (i) => i.specifier === 'vscode' || within(i.target, 'src/vscode'), 'composition root');
  });

  it('only src/vscode/convert.ts builds Range, Diagnostic and DiagnosticSeverity values', () => {
    const offenders = sourceFiles('src/vscode')
      .filter((f) => f !== 'src/vscode/convert.ts')
      .filter((f) => /new vscode\.(Range|Diagnostic|Position)\(|vscode\.DiagnosticSeverity\./.test(fs.readFileSync(path.join(root, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('keeps the engine out of the activation path: adapters import core and heavy presenters as types only', () => {
    // A presenter is heavy when any of its runtime imports reaches the core, however indirectly.
    const reachesCore = (t: string | undefined, seen = new Set<string>()): boolean => {
      if (t === undefined || seen.has(t)) return false;
      seen.add(t);
      if (isCoreIndex(t) || within(t, 'src/core')) return true;
      if (!within(t, 'src/present')) return false;
      return importsOf(`${t}.ts`).some((i) => !i.typeOnly && reachesCore(i.target, seen));
    };
    const heavy = (t?: string) => reachesCore(t);
    // engine.ts and word.ts are the lazily required bundles themselves (dist/engine.js, dist/word.js).
    const lazyEntries = ['src/vscode/engine.ts', 'src/vscode/word.ts'];
    const files = ['src/extension.ts', ...sourceFiles('src/vscode').filter((f) => !lazyEntries.includes(f))];
    const bad = files.flatMap(importsOf).filter((i) => heavy(i.target) && !i.typeOnly && !(i.file === 'src/vscode/lazy.ts' && (i.specifier === './engine' || i.specifier === './word')));
    assert.deepEqual(bad.map((b) => `${b.file}:${b.line} '${b.specifier}'`), []);
  });

  it('media/ has no runtime imports from src/', () => {
    for (const f of sourceFiles('media')) {
      const bad = importsOf(f).filter((i) => within(i.target, 'src'));
      assert.deepEqual(bad, [], f);
    }
  });
});

describe('webview script (media/panel.js)', () => {
  it('type-checks against src/present/panelProtocol.ts through its JSDoc imports', function () {
    this.timeout(60_000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- typescript is a dev dependency used only here
    const ts = require('typescript') as typeof import('typescript');
    const configPath = path.join(root, 'media', 'jsconfig.json');
    const config = ts.readConfigFile(configPath, (p) => fs.readFileSync(p, 'utf8'));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(diagnostics, []);
  });

  it('renders document text with DOM calls only, never HTML strings', () => {
    const code = fs.readFileSync(path.join(root, 'media', 'panel.js'), 'utf8');
    assert.ok(!/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(code));
  });

  it('is loaded with a nonce under a CSP that allows no inline script and no remote source', () => {
    const html = fs.readFileSync(path.join(root, 'src', 'vscode', 'panel', 'html.ts'), 'utf8');
    assert.match(html, /default-src 'none'/);
    assert.match(html, /script-src 'nonce-\$\{nonce\}'/);
    assert.ok(!/unsafe-inline|unsafe-eval|https?:/.test(html.replace(/\/\*[^]*?\*\//g, '')));
    assert.match(html, /getRandomValues/);
  });
});

/** Tokenises grammar fixtures with vscode-textmate + vscode-oniguruma and checks the scopes of key phrases. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'grammar');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
};

const grammarFiles: Record<string, string> = { 'text.html.markdown': path.join(fixtures, 'markdown-stub.tmLanguage.json') };
const injections: Record<string, string[]> = {};
for (const g of manifest.contributes.grammars) {
  grammarFiles[g.scopeName] = path.join(root, g.path);
  for (const target of g.injectTo ?? []) (injections[target] ??= []).push(g.scopeName);
}

let registry: vsctm.Registry;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => injections[scopeName],
  });
});

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(scopeName: string, fixture: string): Promise<Token[]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  const lines = fs.readFileSync(path.join(fixtures, fixture), 'utf8').split(/\r?\n/);
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) tokens.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return tokens;
}

/** The scopes of every token that lies inside the first occurrence of `phrase` on `line`. */
function scopesOf(tokens: Token[], line: number, phrase: string): string[][] {
  const onLine = tokens.filter((t) => t.line === line);
  const text = onLine.map((t) => t.text).join('');
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" is on line ${line + 1}`);
  const out: string[][] = [];
  let offset = 0;
  for (const t of onLine) {
    const end = offset + t.text.length;
    if (offset < start + phrase.length && end > start) out.push(t.scopes);
    offset = end;
  }
  return out;
}

function assertScope(tokens: Token[], line: number, phrase: string, scope: string): void {
  for (const scopes of scopesOf(tokens, line, phrase)) {
    assert.ok(scopes.some((s) => s.startsWith(scope)), `"${phrase}" (line ${line + 1}) has ${scope}; got ${scopes.join(' ')}`);
  }
}

function assertNoScope(tokens: Token[], line: number, phrase: string, scope: string): void {
  for (const scopes of scopesOf(tokens, line, phrase)) {
    assert.ok(!scopes.some((s) => s.startsWith(scope)), `"${phrase}" (line ${line + 1}) has no ${scope}; got ${scopes.join(' ')}`);
  }
}

describe('contract grammar (source.contract)', () => {
  let tokens: Token[];
  before(async () => {
    tokens = await tokenize('source.contract', 'agreement.contract');
  });

  it('marks a line in capitals as a heading', () => {
    assertScope(tokens, 0, 'CLOUD SERVICES AGREEMENT', 'entity.name.section.contract');
  });

  it('marks a numbered title as a heading with its clause number', () => {
    assertScope(tokens, 1, '1.', 'constant.numeric.clause-number.contract');
    assertScope(tokens, 1, 'Definitions', 'entity.name.section.contract');
  });

  it('marks clause numbers at the start of a line', () => {
    assertScope(tokens, 2, '1.1', 'constant.numeric.clause-number.contract');
    assertScope(tokens, 4, '4.2', 'constant.numeric.clause-number.contract');
    assertScope(tokens, 5, '(a)', 'constant.numeric.clause-number.contract');
  });

  it('marks defined terms in quotes and in bold', () => {
    assertScope(tokens, 2, 'Customer Data', 'entity.name.type.defined-term.contract');
    assertScope(tokens, 8, 'Sub-processor List', 'entity.name.type.defined-term.contract');
  });

  it('marks article headings', () => {
    assertScope(tokens, 3, 'ARTICLE 4', 'markup.heading.contract');
  });

  it('marks cross-references', () => {
    assertScope(tokens, 4, 'Section 7.3', 'markup.underline.link.cross-reference.contract');
    assertScope(tokens, 4, 'Schedule 2', 'markup.underline.link.cross-reference.contract');
    assertScope(tokens, 5, 'Clauses 8 and 9', 'markup.underline.link.cross-reference.contract');
    assertScope(tokens, 8, 'Annex II', 'markup.underline.link.cross-reference.contract');
  });

  it('marks party names', () => {
    assertScope(tokens, 4, 'Provider', 'variable.other.party.contract');
    assertScope(tokens, 4, 'Customer', 'variable.other.party.contract');
    assertScope(tokens, 7, 'Provider', 'variable.other.party.contract');
  });

  it('marks suppression comments as comments', () => {
    assertScope(tokens, 6, 'warrant-lens-disable-next-line', 'comment.line.double-slash.contract');
  });

  it('receives the risk-phrase injection', () => {
    assertScope(tokens, 4, 'any country where it operates', 'markup.deleted.risk-phrase.warrant-lens');
    assertScope(tokens, 7, 'without notice', 'markup.deleted.risk-phrase.warrant-lens');
    assertScope(tokens, 7, 'required by law', 'markup.deleted.risk-phrase.warrant-lens');
    assertScope(tokens, 7, 'CLOUD Act', 'markup.changed.law.warrant-lens');
    assertScope(tokens, 5, 'notify Customer', 'markup.inserted.protection.warrant-lens');
  });

  it('does not inject into comments', () => {
    assertNoScope(tokens, 6, 'cl-no-notice', 'markup.deleted');
  });
});

describe('risk-phrase injection into Markdown (text.html.markdown)', () => {
  let tokens: Token[];
  before(async () => {
    tokens = await tokenize('text.html.markdown', 'policy.md');
  });

  it('marks risk phrases in prose', () => {
    assertScope(tokens, 2, 'without notice to you', 'markup.deleted.risk-phrase.warrant-lens');
    assertScope(tokens, 2, 'law enforcement agencies', 'markup.deleted.risk-phrase.warrant-lens');
    assertScope(tokens, 8, 'compelled by law', 'markup.deleted.risk-phrase.warrant-lens');
  });

  it('leaves fenced code, inline code and HTML comments alone', () => {
    assertNoScope(tokens, 5, 'without notice', 'markup.deleted');
    assertNoScope(tokens, 8, '`required by law`', 'markup.deleted');
    assertNoScope(tokens, 10, 'without notice', 'markup.deleted');
  });

  it('marks protections and laws', () => {
    assertScope(tokens, 11, 'transparency reports', 'markup.inserted.protection.warrant-lens');
    assertScope(tokens, 11, 'challenge any order', 'markup.inserted.protection.warrant-lens');
    assertScope(tokens, 11, 'FISA Section 702', 'markup.changed.law.warrant-lens');
  });
});

describe('risk-phrase injection into plain text (text.plain)', () => {
  let tokens: Token[];
  before(async () => {
    tokens = await tokenize('text.plain', 'terms.txt');
  });

  it('marks risk phrases', () => {
    assertScope(tokens, 0, 'anywhere in the world', 'markup.deleted.risk-phrase.warrant-lens');
    assertScope(tokens, 0, 'good faith belief', 'markup.deleted.risk-phrase.warrant-lens');
  });

  it('marks protections and laws', () => {
    assertScope(tokens, 1, 'redirect the request', 'markup.inserted.protection.warrant-lens');
    assertScope(tokens, 1, 'Stored Communications Act', 'markup.changed.law.warrant-lens');
  });

  it('does not mark ordinary words', () => {
    assertNoScope(tokens, 0, 'Data may be stored', 'markup.');
  });
});

/** package.json ↔ code ↔ docs: commands, settings, rule ids, views, grammars, l10n and generated rule pages agree. */
import assert from 'node:assert/strict';
import { panelLabels } from '../src/present/panelLabels';
import fs from 'node:fs';
import path from 'node:path';
import { acceptedRisksPath, allRules as rules, categories, configFileName } from '../src/core';
import * as watchedPaths from '../src/vscode/paths';
import { jurisdictionIds } from '../src/present/jurisdiction';
import { categorySchemaProperties, ruleDocFileName, ruleDocMarkdown, ruleIndexMarkdown, ruleSchemaProperties } from '../src/present/ruleDoc';
import { CommandId, ViewId } from '../src/vscode/commands';

const root = path.resolve(__dirname, '..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const exists = (p: string) => fs.existsSync(path.join(root, p));

interface ConfigProperty {
  type: string;
  markdownDescription?: string;
  scope?: string;
  enum?: string[];
  properties?: Record<string, { enum?: string[] }>;
  default?: unknown;
}
interface Manifest {
  name: string;
  publisher: string;
  main: string;
  browser: string;
  icon: string;
  l10n: string;
  scripts: Record<string, string>;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: unknown; description?: string }; virtualWorkspaces: { supported: unknown; description?: string } };
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { title: string; order: number; properties: Record<string, ConfigProperty> }[];
    languages: { id: string; extensions: string[]; configuration: string }[];
    grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[];
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    views: Record<string, { id: string; type: string }[]>;
    walkthroughs: { id: string; steps: { id: string; media: { markdown?: string; image?: string }; description: string }[] }[];
  };
}

const pkg = JSON.parse(read('package.json')) as Manifest;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const vscodeSources = (() => {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out[p] = read(p);
    }
  };
  walk('src/vscode');
  out['src/extension.ts'] = read('src/extension.ts');
  return out;
})();
const allVscodeCode = Object.values(vscodeSources).join('\n');
const properties = Object.assign({}, ...pkg.contributes.configuration.map((g) => g.properties)) as Record<string, ConfigProperty>;

describe('manifest', () => {
  describe('identity and platform', () => {
    it('is warrant-lens.warrant-lens with a Node and a browser entry', () => {
      assert.equal(`${pkg.publisher}.${pkg.name}`, 'warrant-lens.warrant-lens');
      assert.equal(pkg.main, './dist/extension.js');
      assert.equal(pkg.browser, './dist/web/extension.js');
      assert.ok(exists(pkg.icon), 'icon exists');
      assert.ok(exists(pkg.l10n), 'l10n folder exists');
    });

    it('activates on the languages it analyses, never on "*"', () => {
      assert.ok(!pkg.activationEvents.includes('*'));
      const supported = /supportedLanguages = \[([^\]]+)\]/.exec(vscodeSources['src/vscode/diagnostics.ts']!)![1]!.match(/'([^']+)'/g)!.map((s) => s.slice(1, -1));
      assert.deepEqual(pkg.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length)).sort(), [...supported].sort());
    });

    it('declares untrusted and virtual workspace support with a description', () => {
      for (const c of [pkg.capabilities.untrustedWorkspaces, pkg.capabilities.virtualWorkspaces]) {
        assert.equal(c.supported, true);
        assert.ok(c.description);
      }
    });

    it('packages with vsce without dependencies, and ships only what it needs', () => {
      assert.match(pkg.scripts.package!, /vsce package --no-dependencies/);
      const ignore = read('.vscodeignore');
      for (const line of ['**', '!dist/extension.js', '!dist/web/extension.js', '!media/panel.js', '!syntaxes/**', '!docs/rules/**', '!samples/**', '!package.nls*.json', '!l10n/**', '!LICENSE']) assert.ok(ignore.split('\n').includes(line), `.vscodeignore has ${line}`);
      assert.ok(exists('LICENSE'));
    });
  });

  describe('project config and trust', () => {
    it('contributes the schema of .warrant-lens.json and reads it as JSON with comments', () => {
      const v = (pkg.contributes as { jsonValidation?: { fileMatch: string; url: string }[] }).jsonValidation ?? [];
      assert.ok(v.some((x) => x.fileMatch === configFileName && exists(x.url)), 'jsonValidation points at the schema');
      assert.ok(pkg.contributes.languages.some((l: { id: string; filenames?: string[] }) => l.id === 'jsonc' && l.filenames?.includes(configFileName)));
    });

    it('restricts the settings that narrow the review in untrusted workspaces', () => {
      const restricted = (pkg.capabilities.untrustedWorkspaces as { restrictedConfigurations?: string[] }).restrictedConfigurations ?? [];
      for (const id of ['warrantLens.rules', 'warrantLens.categories', 'warrantLens.maxFileSize']) assert.ok(restricted.includes(id), id);
    });

    it('watches the same file names as the core reads', () => {
      assert.equal(watchedPaths.configFileName, configFileName);
      assert.equal(watchedPaths.acceptedRisksPath, acceptedRisksPath);
    });
  });

  describe('commands', () => {
    const contributed = pkg.contributes.commands.map((c) => c.command);
    const ids = Object.values(CommandId) as string[];

    it('contributes every public command id and nothing else', () => {
      assert.deepEqual([...contributed].sort(), ids.filter((id) => !id.startsWith('_')).sort());
    });

    it('registers a handler for every command id', () => {
      const handlers = vscodeSources['src/vscode/commandHandlers.ts']!;
      for (const key of Object.keys(CommandId)) assert.ok(handlers.includes(`[CommandId.${key}]:`), `handler for ${key}`);
    });

    it('gives every command the "Warrant Lens" category and a localised title', () => {
      for (const c of pkg.contributes.commands) {
        assert.equal(c.category, '%category%');
        assert.match(c.title, /^%.+%$/);
      }
      assert.equal(nls.category, 'Warrant Lens');
    });

    it('refers to contributed commands in menus', () => {
      for (const items of Object.values(pkg.contributes.menus)) for (const m of items) assert.ok(contributed.includes(m.command), m.command);
    });
  });

  describe('settings', () => {
    const settingIds = [...new Set(read('src/vscode/configuration.ts').match(/'warrantLens\.[A-Za-z]+'/g)!.map((s) => s.slice(1, -1)))];

    it('declares exactly the settings the code reads', () => {
      assert.deepEqual(Object.keys(properties).sort(), settingIds.sort());
    });

    it('gives each setting a description, a scope and a default, in titled, ordered groups', () => {
      for (const [id, p] of Object.entries(properties)) {
        assert.ok(p.markdownDescription, `${id} has markdownDescription`);
        assert.ok(p.scope, `${id} has scope`);
        assert.ok('default' in p, `${id} has a default`);
      }
      for (const g of pkg.contributes.configuration) {
        assert.ok(g.title);
        assert.equal(typeof g.order, 'number');
      }
    });

    it('lists every rule id, and only those, in the warrantLens.rules schema (as generated)', () => {
      const schema = properties['warrantLens.rules']!.properties!;
      assert.deepEqual(Object.keys(schema).sort(), rules.map((r) => r.id).sort());
      assert.deepEqual(schema, JSON.parse(JSON.stringify(ruleSchemaProperties(rules))), 'run npm run docs:rules');
    });

    it('lists every category of the data table in the warrantLens.categories schema (as generated)', () => {
      const schema = properties['warrantLens.categories']!.properties!;
      assert.deepEqual(Object.keys(schema).sort(), Object.keys(categories).sort());
      assert.deepEqual(schema, JSON.parse(JSON.stringify(categorySchemaProperties())), 'run npm run docs:rules');
    });

    it('offers every jurisdiction', () => {
      assert.deepEqual(properties['warrantLens.jurisdiction']!.enum, [...jurisdictionIds]);
    });
  });

  describe('localisation', () => {
    it('defines every %key% used in package.json, and uses every key', () => {
      const raw = read('package.json');
      const used = new Set([...raw.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
      for (const key of used) assert.ok(key in nls, `package.nls.json has ${key}`);
      for (const key of Object.keys(nls)) assert.ok(used.has(key), `package.json uses ${key}`);
    });

    it('has every l10n.t message in l10n/bundle.l10n.json (run npm run docs:rules)', () => {
      const bundle = JSON.parse(read('l10n/bundle.l10n.json')) as Record<string, string>;
      const messages = [...allVscodeCode.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'"));
      // The case panel's labels are translated by key at run time.
      messages.push(...Object.values(panelLabels));
      assert.ok(messages.length > 0);
      for (const m of messages) assert.ok(m in bundle, `bundle has "${m}"`);
      assert.deepEqual(Object.keys(bundle).sort(), [...new Set(messages)].sort());
    });
  });

  describe('views, languages and grammars', () => {
    it('contributes the case panel webview and the portfolio tree in their own container', () => {
      const container = pkg.contributes.viewsContainers.activitybar.find((c) => c.id === ViewId.container);
      assert.ok(container);
      assert.ok(exists(container.icon));
      const views = pkg.contributes.views[ViewId.container]!;
      assert.deepEqual(views.map((v) => [v.id, v.type]), [[ViewId.casePanel, 'webview'], [ViewId.portfolio, undefined]]);
    });

    it('points at grammar and language files that exist', () => {
      for (const g of pkg.contributes.grammars) {
        assert.ok(exists(g.path), g.path);
        assert.equal((JSON.parse(read(g.path)) as { scopeName: string }).scopeName, g.scopeName);
      }
      for (const l of pkg.contributes.languages) if (l.configuration !== undefined) assert.ok(exists(l.configuration), l.configuration);
      assert.ok(pkg.contributes.grammars.some((g) => g.injectTo?.includes('text.html.markdown') && g.injectTo.includes('text.plain')));
    });

    it('has a walkthrough on the sample contract with media that exist', () => {
      const w = pkg.contributes.walkthroughs[0]!;
      for (const s of w.steps) {
        const media = s.media.markdown ?? s.media.image;
        assert.ok(media && exists(media), `${s.id} media`);
      }
      assert.ok(exists('samples/cloud-services-agreement.md'));
      assert.ok(read('src/vscode/commandHandlers.ts').includes("'samples', 'cloud-services-agreement.md'"));
    });
  });

  describe('rule pages', () => {
    it('are current (run npm run docs:rules)', () => {
      for (const rule of rules) assert.equal(read(`docs/rules/${ruleDocFileName(rule.id)}`), ruleDocMarkdown(rule), `docs/rules/${rule.id}.md is stale`);
      assert.equal(read('docs/rules/README.md'), ruleIndexMarkdown(rules));
    });

    it('has no page for a rule that does not exist', () => {
      const pages = fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => f !== 'README.md');
      assert.deepEqual(pages.sort(), rules.map((r) => ruleDocFileName(r.id)).sort());
    });
  });

  describe('hover trust', () => {
    it('never trusts Markdown wholesale', () => {
      assert.ok(!/isTrusted\s*[:=]\s*true/.test(allVscodeCode));
      assert.match(vscodeSources['src/vscode/hover.ts']!, /isTrusted = \{ enabledCommands:/);
    });
  });
});

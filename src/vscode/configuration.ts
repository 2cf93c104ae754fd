/** Reads the `warrantLens.*` settings for a document and reports changes. */
import * as vscode from 'vscode';
import { toJurisdiction, type JurisdictionId } from '../present/jurisdiction';

/** Every setting the extension reads; `package.json` declares exactly these (checked by a test). */
export const SettingId = {
  jurisdiction: 'warrantLens.jurisdiction',
  rules: 'warrantLens.rules',
  categories: 'warrantLens.categories',
  run: 'warrantLens.run',
  debounceMs: 'warrantLens.debounceMs',
  maxFileSize: 'warrantLens.maxFileSize',
  missingProtections: 'warrantLens.missingProtections',
} as const;

export type RunMode = 'onType' | 'onSave' | 'manual';

/** The settings that matter for one document. */
export interface ExtensionConfig {
  jurisdiction: JurisdictionId;
  run: RunMode;
  debounceMs: number;
  maxFileSize: number;
  /** Raw engine settings, normalised by the core (which reports what it ignored). */
  engine: { rules: unknown; categories: unknown; missingProtections: unknown };
}

const section = 'warrantLens';

/** The largest `maxFileSize` honoured (about 5 MB of text; "Analyze now" still analyses any size). */
export const maxFileSizeCap = 5_000_000;

function key(id: string): string {
  return id.slice(section.length + 1);
}

/** The configuration for a resource (or the window when absent). */
export function readConfig(scope?: vscode.ConfigurationScope): ExtensionConfig {
  const c = vscode.workspace.getConfiguration(section, scope);
  const run = c.get<string>(key(SettingId.run));
  const debounce = c.get<number>(key(SettingId.debounceMs));
  const max = c.get<number>(key(SettingId.maxFileSize));
  return {
    jurisdiction: toJurisdiction(c.get(key(SettingId.jurisdiction))),
    run: run === 'onSave' || run === 'manual' ? run : 'onType',
    debounceMs: typeof debounce === 'number' && debounce >= 0 ? Math.min(debounce, 10_000) : 300,
    // Capped: a workspace must not be able to make the editor analyse arbitrarily large files.
    maxFileSize: typeof max === 'number' && max > 0 ? Math.min(max, maxFileSizeCap) : 500_000,
    engine: {
      rules: c.get(key(SettingId.rules)) ?? {},
      categories: c.get(key(SettingId.categories)) ?? {},
      missingProtections: c.get(key(SettingId.missingProtections)) ?? true,
    },
  };
}

/** Calls `listener` when any `warrantLens.*` setting changes. */
export function onDidChangeConfig(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(section)) listener();
  });
}

/**
 * The settings that the review shares with `.warrant-lens.json`, as a raw config layer for the core to
 * validate; the project file is applied over it.
 */
export function settingsLayer(scope?: vscode.ConfigurationScope): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration(section, scope);
  return {
    jurisdiction: c.get(key(SettingId.jurisdiction)) ?? 'eu-eea',
    rules: c.get(key(SettingId.rules)) ?? {},
    categories: c.get(key(SettingId.categories)) ?? {},
    missingProtections: c.get(key(SettingId.missingProtections)) ?? true,
  };
}

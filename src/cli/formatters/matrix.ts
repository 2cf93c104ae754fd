/** `scan --format matrix`: the government-access gap matrix of each file, as Markdown tables. */
import { draftTia } from '../../core';
import { renderMatrixMarkdown } from '../../present/tia/tiaReport';
import type { ScannedFile } from './types';

export function formatMatrix(files: readonly ScannedFile[]): string {
  const out: string[] = [];
  for (const file of files) {
    if (file.text === undefined || !file.result) {
      out.push(`## ${file.path}`, '', `Cannot scan: ${file.error ?? 'not analysed'}`, '');
      continue;
    }
    const tia = draftTia({ document: file.path, text: file.text, findings: file.result.findings });
    out.push(`## ${file.path}`, '', renderMatrixMarkdown(tia.matrix, file.path), '');
  }
  return out.join('\n');
}

/** STUB: replaced by the content writer. The case arguments. */
import type { ArgumentId, ArgumentInfo } from '../types';

export const caseArguments: ArgumentInfo[] = [];

export function getArgument(id: ArgumentId | string): ArgumentInfo | undefined {
  return caseArguments.find((a) => a.id === id);
}

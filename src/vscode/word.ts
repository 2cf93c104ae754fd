/** The Word writer of the extension, its own file loaded through `lazy.ts` only when a reviewer asks for a .docx (the builder is 1 MB). */
export { renderTiaDocx } from '../present/tia/tiaDocx';

/** What a CLI command may touch of its process: output streams, standard input, the working folder. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  isTty: boolean;
}

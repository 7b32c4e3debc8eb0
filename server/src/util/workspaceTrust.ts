/**
 * Whether the client trusts the workspace (VS Code's workspace trust). The
 * server sets it from initializationOptions and the coverLetter/workspaceTrust
 * notification; everything that reads files from the workspace reads it here,
 * so one setting reaches the job descriptions and the config files alike.
 */
export interface WorkspaceTrust {
  /** True for clients that do not say. */
  trusted: boolean;
}

/** The language server's one trust state (the CLI never reads it: a command line trusts the folder it is run in). */
export const serverWorkspaceTrust: WorkspaceTrust = { trusted: true };

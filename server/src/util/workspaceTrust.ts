/**
 * Whether the client trusts the workspace (VS Code's workspace trust). The
 * server keeps one, sets it from initializationOptions and the
 * coverLetter/workspaceTrust notification, and hands the same object to
 * everything that reads files from the workspace (job descriptions, config
 * files), so one change reaches them all.
 */
export interface WorkspaceTrust {
  /** True for clients that do not say. */
  trusted: boolean;
}

import * as vscode from 'vscode';
import { JOB_FRONT_MATTER_KEY, relativeJobPath, yamlPathValue } from '../../../shared/src/jobDescription';
import { setFrontMatterKey } from '../../../shared/src/lengthTarget';
import { SETTINGS_SECTION } from '../../../shared/src/settings';
import { COMMANDS, registerCommand } from '../commandIds';
import { isCheckableDocument, usesFrontMatter } from '../documents';

const TITLE = 'Use Job Description';

/** The file pasted text is saved to, beside the letter (then `job-2.md`, `job-3.md`...). */
const PASTED_NAME = 'job';

type Choice = 'file' | 'clipboard' | 'type';

/**
 * "Use Job Description…": the job ad this letter answers, from a file the user
 * picks or from text they paste (saved beside the letter as `job.md`), written
 * as `job: <path relative to the letter>` into the letter's front matter with the
 * smallest edit. A plain-text letter without front matter, which would be sent
 * as it is, gets the `coverLetter.jobDescription` setting of its workspace folder instead.
 */
export function registerUseJobDescriptionCommand(log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand(vscode.commands, COMMANDS.useJobDescription, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined || !isCheckableDocument(document)) {
      void vscode.window.showInformationMessage('Open the cover letter (a Markdown or plain text file) to give it a job description.');
      return;
    }
    if (document.isUntitled) {
      void vscode.window.showInformationMessage('Save the letter first: its job description is found relative to where the letter is saved.');
      return;
    }
    try {
      const description = await chooseDescription(document);
      if (description === undefined) return;
      await useDescription(document, description);
    } catch (error) {
      log.error('Use Job Description failed', error);
      void vscode.window.showErrorMessage('Cover Letter Coach could not set the job description. See the "Cover Letter Coach" output for details.');
    }
  });
}

/** The description's file, after saving pasted text beside the letter; undefined when the user gave up. */
async function chooseDescription(letter: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const letterDir = vscode.Uri.joinPath(letter.uri, '..');
  const copied = (await vscode.env.clipboard.readText()).trim();
  const items: Array<vscode.QuickPickItem & { choice: Choice }> = [
    { label: '$(file) Choose a file…', detail: 'A Markdown or text file with the job ad.', choice: 'file' },
  ];
  if (copied !== '') {
    items.push({ label: '$(clippy) Use the copied text', detail: preview(copied), choice: 'clipboard' });
  }
  items.push({ label: '$(edit) Paste or type the text…', detail: `Saved beside the letter as ${PASTED_NAME}.md.`, choice: 'type' });
  const picked = await vscode.window.showQuickPick(items, {
    title: TITLE,
    placeHolder: 'Where is the job description this letter answers?',
    matchOnDetail: true,
  });
  if (picked === undefined) return undefined;

  if (picked.choice === 'file') {
    const files = await vscode.window.showOpenDialog({
      title: TITLE,
      defaultUri: letterDir,
      canSelectFiles: true,
      canSelectFolders: false,
      canSelectMany: false,
      openLabel: 'Use This Job Description',
      filters: { 'Job descriptions': ['md', 'markdown', 'txt'], 'All files': ['*'] },
    });
    return files?.[0];
  }
  let text = copied;
  if (picked.choice === 'type') {
    const typed = await vscode.window.showInputBox({
      title: TITLE,
      prompt: `The job ad's text; it is saved beside the letter as ${PASTED_NAME}.md, where you can edit it.`,
      placeHolder: 'Paste the job description here',
      validateInput: (value) => (value.trim() === '' ? 'Paste or type the job description.' : undefined),
    });
    if (typed === undefined) return undefined;
    text = typed.trim();
  }
  const target = await freeFile(letterDir);
  if (target === undefined) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`${text}\n`));
  return target;
}

/** `job.md` beside the letter; when it exists, the user says whether to replace it or keep both. */
async function freeFile(dir: vscode.Uri): Promise<vscode.Uri | undefined> {
  const first = vscode.Uri.joinPath(dir, `${PASTED_NAME}.md`);
  if (!(await exists(first))) return first;
  const answer = await vscode.window.showWarningMessage(
    `${PASTED_NAME}.md already exists beside the letter.`,
    { modal: true, detail: 'Replace it with the new text, or keep it and save the new text under another name?' },
    'Replace',
    'Keep Both',
  );
  if (answer === 'Replace') return first;
  if (answer !== 'Keep Both') return undefined;
  for (let n = 2; ; n++) {
    const candidate = vscode.Uri.joinPath(dir, `${PASTED_NAME}-${n}.md`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function useDescription(letter: vscode.TextDocument, description: vscode.Uri): Promise<void> {
  const relative = pathFrom(letter.uri.path, description);
  const text = letter.getText();
  const folder = vscode.workspace.getWorkspaceFolder(letter.uri);
  if (!usesFrontMatter(letter) && folder !== undefined) {
    const fromFolder = pathFrom(`${folder.uri.path}/_`, description).replace(/^\.\//, '');
    await vscode.workspace
      .getConfiguration(SETTINGS_SECTION, folder.uri)
      .update('jobDescription', fromFolder, vscode.ConfigurationTarget.WorkspaceFolder);
    vscode.window.setStatusBarMessage(`Cover Letter Coach: letters in ${folder.name} now use ${fromFolder}`, 4000);
    return;
  }
  const replacement = setFrontMatterKey(text, JOB_FRONT_MATTER_KEY, yamlPathValue(relative));
  const range = new vscode.Range(letter.positionAt(replacement.offset), letter.positionAt(replacement.offset + replacement.length));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(letter.uri, range, replacement.newText);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('Cover Letter Coach could not change the front matter of this letter.');
    return;
  }
  vscode.window.setStatusBarMessage(`Cover Letter Coach: this letter now answers ${relative}`, 4000);
}

/** The description relative to the file at `fromPath`, or its own file-system path when there is no relative path (another drive). */
function pathFrom(fromPath: string, description: vscode.Uri): string {
  const relative = relativeJobPath(fromPath, description.path);
  return relative.startsWith('.') ? relative : description.fsPath;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The first words of the copied text, on one line. */
function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const words = text.split(/\s+/).filter(Boolean).length;
  return `${oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine} (${words} words)`;
}

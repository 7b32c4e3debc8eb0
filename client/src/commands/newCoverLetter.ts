import * as vscode from 'vscode';
import { LENGTH_PRESETS } from '../../../shared/src/lengthTarget';
import {
  TEMPLATE_INDUSTRIES,
  isCompanyPlaceholder,
  letterTemplatePrefix,
  newLetterFrontMatter,
  type TemplateIndustry,
} from '../../../shared/src/letterTemplates';
import { setPlaceholder, snippetBodyText, snippetPrefixes, type SnippetFile } from '../../../shared/src/snippetSyntax';
import { COMMANDS, registerCommand } from '../commandIds';

const TITLE = 'New Cover Letter';

/**
 * "New Cover Letter": asks for industry, length and company, opens an untitled
 * Markdown letter with front matter and the matching template from snippets/
 * (inserted as a snippet, so Tab walks through its placeholders), then has it
 * checked through Check This File.
 */
export function registerNewCoverLetterCommand(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand(vscode.commands, COMMANDS.newCoverLetter, async () => {
    const industry = await vscode.window.showQuickPick(
      TEMPLATE_INDUSTRIES.map((info) => ({ label: info.label, description: info.industry, detail: info.weighs, industry: info.industry })),
      { title: `${TITLE} (1/3)`, placeHolder: 'Which industry is the job in?', matchOnDetail: true },
    );
    if (industry === undefined) return;
    const length = await vscode.window.showQuickPick(
      LENGTH_PRESETS.map((preset) => ({ label: `${preset.words} words`, description: preset.name, detail: preset.detail, words: preset.words })),
      { title: `${TITLE} (2/3)`, placeHolder: 'How long should the letter be?' },
    );
    if (length === undefined) return;
    const company = await vscode.window.showInputBox({
      title: `${TITLE} (3/3)`,
      prompt: 'The company you are writing to (optional: leave empty to fill it in later).',
      placeHolder: 'e.g. Northwind Analytics',
    });
    if (company === undefined) return;

    let body: string;
    try {
      body = await readTemplate(context, industry.industry, length.words);
    } catch (error) {
      log.error('New Cover Letter could not read its template', error);
      void vscode.window.showErrorMessage('Cover Letter Coach could not read its letter templates. See the "Cover Letter Coach" output for details.');
      return;
    }
    if (company.trim() !== '') body = setPlaceholder(body, isCompanyPlaceholder, company.trim());

    const content = newLetterFrontMatter({ industry: industry.industry, target: length.words, company });
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.insertSnippet(new vscode.SnippetString(body), end);
    await vscode.commands.executeCommand(COMMANDS.checkThisFile);
  });
}

/** The template's snippet body, from the snippet files the extension contributes. */
async function readTemplate(context: vscode.ExtensionContext, industry: TemplateIndustry, words: number): Promise<string> {
  const prefix = letterTemplatePrefix(industry, words);
  const contributed = (context.extension.packageJSON as { contributes?: { snippets?: { path: string }[] } }).contributes?.snippets ?? [];
  const paths = [...new Set(contributed.map((entry) => entry.path))];
  for (const path of paths) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, path));
    const file = JSON.parse(new TextDecoder().decode(bytes)) as SnippetFile;
    const snippet = Object.values(file).find((s) => snippetPrefixes(s).includes(prefix));
    if (snippet) return snippetBodyText(snippet);
  }
  throw new Error(`No contributed snippet has the prefix ${prefix}`);
}

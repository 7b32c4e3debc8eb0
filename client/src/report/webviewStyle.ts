/**
 * The report page's stylesheet, inlined with the page's nonce. Every colour is
 * one of VS Code's theme variables, so the page follows the light, dark and
 * high-contrast themes; nothing is loaded from anywhere.
 */
export const WEBVIEW_STYLE = `
body {
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size);
  font-weight: var(--vscode-font-weight);
  color: var(--vscode-foreground);
  background-color: var(--vscode-editor-background);
  line-height: 1.5;
  padding: 0 20px 24px;
  max-width: 52em;
}
h1 { font-size: 1.35em; font-weight: 600; margin: 16px 0 2px; overflow-wrap: anywhere; }
h2 {
  font-size: 1.1em;
  font-weight: 600;
  margin: 24px 0 8px;
  padding-bottom: 4px;
  border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent));
}
h3 { font-size: 1em; font-weight: 600; margin: 0; }
p { margin: 6px 0; }
ul { margin: 6px 0; padding-left: 20px; }
code {
  font-family: var(--vscode-editor-font-family);
  font-size: 0.95em;
  color: var(--vscode-textPreformat-foreground);
  background-color: var(--vscode-textPreformat-background, var(--vscode-textCodeBlock-background));
  padding: 0 3px;
  border-radius: 3px;
}
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.summary { color: var(--vscode-descriptionForeground); margin: 0 0 8px; }
.muted { color: var(--vscode-descriptionForeground); }
.problem { color: var(--vscode-errorForeground); }

button { font: inherit; color: inherit; cursor: pointer; }
:focus { outline: none; }
:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.action {
  color: var(--vscode-button-secondaryForeground);
  background-color: var(--vscode-button-secondaryBackground);
  border: 1px solid var(--vscode-button-border, transparent);
  border-radius: 2px;
  padding: 2px 10px;
  margin: 4px 8px 4px 0;
}
.action:hover { background-color: var(--vscode-button-secondaryHoverBackground); }
.link {
  color: var(--vscode-textLink-foreground);
  background: none;
  border: none;
  padding: 0;
  text-align: left;
  text-decoration: underline;
}
.link:hover, .link:active { color: var(--vscode-textLink-activeForeground); }

meter {
  display: block;
  width: 100%;
  max-width: 32em;
  height: 14px;
  margin: 6px 0;
}
meter::-webkit-meter-bar {
  height: 14px;
  background: var(--vscode-input-background);
  border: 1px solid var(--vscode-input-border, var(--vscode-panel-border, transparent));
  border-radius: 3px;
}
meter::-webkit-meter-optimum-value { background: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
meter::-webkit-meter-suboptimum-value { background: var(--vscode-editorWarning-foreground); }
meter::-webkit-meter-even-less-good-value { background: var(--vscode-editorError-foreground); }
meter.over-limit::-webkit-meter-suboptimum-value { background: var(--vscode-editorError-foreground); }

dl.figures { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; margin: 8px 0; }
dl.figures dt { color: var(--vscode-descriptionForeground); }
dl.figures dd { margin: 0; }

ul.checks { list-style: none; padding: 0; }
ul.checks > li { margin: 0 0 14px; }
.verdict {
  display: inline-block;
  min-width: 4.5em;
  margin-right: 6px;
  padding: 0 6px;
  border-radius: 3px;
  font-size: 0.9em;
  font-weight: 600;
  text-align: center;
  border: 1px solid var(--vscode-contrastBorder, transparent);
}
.verdict.met { color: var(--vscode-badge-foreground); background-color: var(--vscode-badge-background); }
.verdict.not-met { color: var(--vscode-editorWarning-foreground); border-color: var(--vscode-editorWarning-foreground); }
ul.evidence { list-style: none; padding: 0; margin: 6px 0 0; }
.quote {
  display: block;
  width: 100%;
  margin: 4px 0;
  padding: 4px 10px;
  text-align: left;
  background-color: var(--vscode-textBlockQuote-background);
  border: none;
  border-left: 3px solid var(--vscode-textBlockQuote-border);
}
.quote:hover { background-color: var(--vscode-list-hoverBackground); }

ul.terms { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 6px; }
ul.terms li {
  padding: 0 6px;
  border-radius: 3px;
  border: 1px solid var(--vscode-contrastBorder, transparent);
}
ul.terms.matched li { color: var(--vscode-badge-foreground); background-color: var(--vscode-badge-background); }
ul.terms.missing li { border: 1px dashed var(--vscode-editorWarning-foreground); }

table { border-collapse: collapse; width: 100%; }
th, td {
  text-align: left;
  vertical-align: top;
  padding: 4px 8px 4px 0;
  border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent));
}
th { font-weight: 600; color: var(--vscode-descriptionForeground); }
td.count, th.count { text-align: right; padding-right: 0; }
.severity-error { color: var(--vscode-editorError-foreground); }
.severity-warning { color: var(--vscode-editorWarning-foreground); }
.severity-information { color: var(--vscode-editorInfo-foreground); }
.severity-hint { color: var(--vscode-descriptionForeground); }
`;

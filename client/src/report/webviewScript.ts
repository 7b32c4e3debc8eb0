/**
 * The report page's only script, inlined with the page's nonce. It turns button
 * presses into messages (see messages.ts) and swaps in new content when the
 * extension sends it, keeping keyboard focus on the same control, and puts a
 * changed announcement in the live region (left in place, so screen readers hear it).
 */
export const WEBVIEW_SCRIPT = String.raw`(() => {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('report');
  const status = document.getElementById('report-status');
  const announcer = document.getElementById('report-announcer');
  let announced = announcer.dataset.current ?? '';
  const number = (value) => Number.parseInt(value ?? '', 10);

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (button === null) return;
    const data = button.dataset;
    if (data.action === 'reveal') {
      vscode.postMessage({
        type: 'reveal',
        range: {
          start: { line: number(data.startLine), character: number(data.startCharacter) },
          end: { line: number(data.endLine), character: number(data.endCharacter) },
        },
      });
    } else if (data.action === 'docs') {
      vscode.postMessage({ type: 'openDocs', ruleId: data.rule });
    } else if (data.action === 'command') {
      vscode.postMessage({ type: 'command', command: data.command });
    }
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message === null || typeof message !== 'object' || message.type !== 'update') return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    main.innerHTML = message.html;
    if (focused !== undefined) {
      const again = main.querySelector('[data-key="' + CSS.escape(focused) + '"]');
      if (again instanceof HTMLElement) again.focus({ preventScroll: true });
    }
    if (status.textContent !== message.summary) status.textContent = message.summary;
    if (message.announcement !== announced) {
      announced = message.announcement;
      announcer.textContent = announced;
    }
  });

  vscode.postMessage({ type: 'ready' });
})();`;

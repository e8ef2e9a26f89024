// @vitest-environment happy-dom
import { describe, it } from 'vitest';
import { NotesManager } from '../../../components/notes';
import { notesStore } from '../../../components/notes-store';
import { byTestId, installI18n, panelTestLifecycle, waitFor } from './helpers';

// Found in the user-journey review in Chromium: importing Kefu's own CSV or Markdown export said only "Kefu cannot read
// this file: it is not a Kefu backup, or it is damaged or cut short", as for a broken file.

describe('importing one of Kefu’s exports that is not a backup', () => {
  const ui = panelTestLifecycle();

  async function exports() {
    const store = notesStore();
    const c = await store.createCase({ platform: 'other', orderId: 'JD-4410', shop: 'JD', title: 'JD JD-4410' });
    await store.addEntry({ caseId: c.id, channel: 'chat', agent: 'Wang', asked: 'Where is it?' });
    return {
      csvComma: await store.exportCsv({ separator: ',' }),
      csvSemicolon: await store.exportCsv({ separator: ';' }),
      reportEn: await store.exportMarkdown({ lang: 'en' }),
      reportZh: await store.exportMarkdown({ lang: 'zh' }),
    };
  }

  function panel(lang: 'en' | 'zh_CN') {
    installI18n(lang);
    const { root } = ui.mount(<NotesManager lang={lang} onOpenCase={() => {}} />);
    const pick = (text: string, name: string) => {
      const input = byTestId<HTMLInputElement>(root, 'notes-import')!;
      Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const plain = () => byTestId(root, 'notes-import-plain')?.textContent;
    return { pick, plain };
  }

  it('says which export it is and that only the JSON backup can be imported', async () => {
    const files = await exports();
    const { pick, plain } = panel('en');
    const csv =
      "This is Kefu's CSV export, made for spreadsheets: only a JSON backup can be imported. Export one with “JSON (backup)”, then import that file.";
    const report =
      "This is Kefu's Markdown report, made for reading: only a JSON backup can be imported. Export one with “JSON (backup)”, then import that file.";
    pick(files.csvComma, 'kefu-notes.csv');
    await waitFor(() => plain() === csv);
    pick(files.reportEn, 'kefu-notes.md');
    await waitFor(() => plain() === report);
    // A report written in Chinese, and a CSV split by semicolons (a browser whose language writes decimal commas).
    pick(files.csvSemicolon, 'kefu-notes.csv');
    await waitFor(() => plain() === csv);
    pick(files.reportZh, 'kefu-notes.md');
    await waitFor(() => plain() === report);
    // Any other file that is not JSON is still unreadable.
    pick('case,platform\n1,amazon\n', 'other.csv');
    await waitFor(() => plain()?.startsWith('Kefu cannot read this file'));
  });

  it('says it in Chinese too', async () => {
    const files = await exports();
    const { pick, plain } = panel('zh_CN');
    pick(files.csvComma, 'kefu-notes.csv');
    await waitFor(
      () =>
        plain() ===
        '这是客服助手导出的 CSV 表格，供电子表格使用，不能导入：只能导入 JSON 备份。请用“JSON（备份）”导出备份，再导入那个文件。',
    );
    pick(files.reportZh, 'kefu-notes.md');
    await waitFor(
      () =>
        plain() ===
        '这是客服助手导出的 Markdown 报告，供阅读使用，不能导入：只能导入 JSON 备份。请用“JSON（备份）”导出备份，再导入那个文件。',
    );
  });
});

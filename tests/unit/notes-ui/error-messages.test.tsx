// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NotesManager } from '../../../components/notes';
import { notesErrorMessage, notesImportDetail, notesMessageKey } from '../../../components/notes/error-message';
import { notesStore } from '../../../components/notes-store';
import { englishMessage, NOTES_MESSAGES, NotesError, type NotesMessageId } from '../../../lib/notes';
import { byTestId, type Mounted, message, mount, resetNotes, waitFor } from './helpers';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue;
const catalogues = { en: load('en'), zh_CN: load('zh_CN') };

/** Chrome's substitution: `$NAME$` → its placeholder's content, `$1` → the first substitution. */
function render(catalogue: Catalogue, key: string, subs: readonly string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

function useCatalogue(lang: keyof typeof catalogues): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, subs?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, subs) =>
    render(catalogues[lang], key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  i18n.getUILanguage = () => lang.replace('_', '-');
}

const ids = Object.keys(NOTES_MESSAGES) as NotesMessageId[];

describe('notes error messages are translated', () => {
  let view: Mounted | null = null;
  beforeEach(async () => {
    fakeBrowser.reset();
    await resetNotes();
  });
  afterEach(() => {
    view?.unmount();
    view = null;
  });

  it('every message id has a catalogue entry in both locales, with one placeholder per value', () => {
    for (const id of ids) {
      const key = notesMessageKey(id);
      const values = (NOTES_MESSAGES[id].match(/\$\d/g) ?? []).length;
      for (const catalogue of Object.values(catalogues)) {
        expect(catalogue[key], `${id} → ${key}`).toBeDefined();
        if (id !== 'quota') expect(Object.keys(catalogue[key]!.placeholders ?? {}), key).toHaveLength(values);
      }
    }
  });

  it('the English catalogue says exactly what the error says in its log message', () => {
    const params = ['entries[3].agent', 'SECOND', 'THIRD'];
    // The UI's quota text is its own shorter wording (and says nothing it substitutes).
    for (const id of ids.filter((i) => i !== 'quota')) {
      expect(render(catalogues.en, notesMessageKey(id), params), id).toBe(englishMessage({ id, params }));
    }
  });

  it('shows a failed write in the UI language and keeps the English message on the error', async () => {
    useCatalogue('zh_CN');
    const store = notesStore();
    const c = await store.createCase({ platform: 'other', title: 'ok' });
    const err = await store.updateCase(c.id, { title: 'x'.repeat(10_001) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotesError);
    expect((err as NotesError).message).toBe('title: at most 10,000 characters');
    // The field is named as the panel names it (标题), not by its key in the database ("title").
    expect(notesErrorMessage(err)).toBe('保存失败：标题：最多 10,000 个字符');

    const missing = await store.updateCase('gone-1', { title: 'x' }).catch((e: unknown) => e);
    expect(notesErrorMessage(missing)).toBe('保存失败：找不到客服记录 gone-1');
  });

  it('a field too long for a write is named in the UI language (a pasted promise, a template body)', async () => {
    const store = notesStore();
    const c = await store.createCase({ platform: 'other', title: 'ok' });
    const promise = await store
      .addEntry({ caseId: c.id, channel: 'chat', promised: 'p'.repeat(10_001) })
      .catch((e: unknown) => e);
    const body = await store
      .putTemplate({
        id: 'u1',
        problemKind: 'not-received',
        lang: 'en',
        title: 'Mine',
        body: 'b'.repeat(100_001),
        builtIn: false,
      })
      .catch((e: unknown) => e);
    useCatalogue('zh_CN');
    expect(notesErrorMessage(promise)).toBe('保存失败：承诺：最多 10,000 个字符');
    expect(notesErrorMessage(body)).toBe('保存失败：正文：最多 100,000 个字符');
    useCatalogue('en');
    expect(notesErrorMessage(promise)).toBe('Could not save: promise: at most 10,000 characters');
    // The English log message keeps the field's key.
    expect((promise as NotesError).message).toBe('promised: at most 10,000 characters');
  });

  it('translates an import problem, still naming the record and field', async () => {
    useCatalogue('zh_CN');
    const file = {
      format: 'kefu-notes',
      version: 2,
      cases: [],
      entries: [],
      templates: [
        { id: 't', problemKind: 'escalation', lang: 'fr', title: 't', body: 'b', builtIn: false, updatedAt: 1 },
      ],
      settings: [],
    };
    const err = (await notesStore()
      .importJson(file)
      .catch((e: unknown) => e)) as NotesError;
    expect(err.details).toEqual(['templates[0].lang: expected one of zh_CN, en']);
    expect(notesImportDetail(err)).toBe('templates[0].lang：应为以下之一：zh_CN, en');

    const text = JSON.stringify({ ...file, version: 3 });
    const wrongVersion = (await notesStore()
      .importJsonText(text)
      .catch((e: unknown) => e)) as NotesError;
    expect(notesImportDetail(wrongVersion)).toBe(
      'version：应为 1 或 2，实际是 3（可能由更新版本的客服助手导出，请先升级）',
    );
  });

  it('names the whole file in the UI language, not as "(file)"', async () => {
    useCatalogue('zh_CN');
    const broken = (await notesStore()
      .importJsonText('{"format":"kefu-notes", "cases": [')
      .catch((e: unknown) => e)) as NotesError;
    expect(notesImportDetail(broken)).toMatch(/^文件：第 1 行第 \d+ 列附近不是有效的 JSON/);
    const notExport = (await notesStore()
      .importJsonText('[1, 2]')
      .catch((e: unknown) => e)) as NotesError;
    expect(notesImportDetail(notExport)).toBe('文件：不是客服助手的笔记导出文件');
    useCatalogue('en');
    expect(notesImportDetail(notExport)).not.toContain('(file)');
  });

  it('the import panel shows the translated problem', async () => {
    useCatalogue('zh_CN');
    view = mount(<NotesManager lang="zh_CN" onOpenCase={() => {}} />);
    const input = byTestId(view.root, 'notes-import') as HTMLInputElement;
    const bad = { format: 'kefu-notes', version: 2, cases: [], entries: [{ id: 'e' }], templates: [], settings: [] };
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(bad)], 'backup.json', { type: 'application/json' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const error = await waitFor(() => byTestId(view!.root, 'notes-import-error'));
    expect(error.textContent).toContain('导入失败，现有记录没有任何改动。');
    // In plain words first; the file's path and the failed check folded under the technical details.
    expect(byTestId(error, 'notes-import-plain')?.textContent).toBe('第 1 条联系记录的所属客服记录缺失。');
    expect(byTestId(error, 'notes-import-technical')?.textContent).toContain('entries[0].caseId：必填');
  });

  // User-journey review (.tmp/s16/ux F7): "Problem: entries[0].at: expected a time in ms", and an empty file read as
  // "not valid JSON near line 1, column 1".
  it('says in plain words what is wrong and where, keeping the technical text folded', async () => {
    useCatalogue('en');
    view = mount(<NotesManager lang="en" onOpenCase={() => {}} />);
    const store = notesStore();
    const c = await store.createCase({ platform: 'other', title: 'Mine' });
    const file = await store.exportJson();
    const stored = async () => ({ ...(await store.exportJson()), exportedAt: '' });
    const before = await stored();
    const pick = (text: string) => {
      const input = byTestId(view!.root, 'notes-import') as HTMLInputElement;
      Object.defineProperty(input, 'files', {
        value: [new File([text], 'backup.json', { type: 'application/json' })],
        configurable: true,
      });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const plain = () => byTestId(view!.root, 'notes-import-plain')?.textContent;

    const badTime = {
      id: 'e-1',
      caseId: c.id,
      at: 'yesterday',
      channel: 'chat',
      asked: 'q',
      createdAt: 1,
      updatedAt: 1,
    };
    pick(JSON.stringify({ ...file, entries: [badTime] }));
    await waitFor(() => plain() === 'Contact note 1: its time is not a valid date.');
    const technical = byTestId<HTMLDetailsElement>(view.root, 'notes-import-technical')!;
    expect(technical.tagName).toBe('DETAILS');
    expect(technical.open).toBe(false);
    expect(technical.textContent).toContain('entries[0].at: expected a time in ms');
    expect(byTestId(view.root, 'notes-import-error')?.textContent).not.toContain('Problem:');

    pick('');
    await waitFor(() => plain() === 'The file is empty.');
    expect(byTestId(view.root, 'notes-import-error')?.textContent).not.toContain('line 1, column 1');

    pick(JSON.stringify({ ...file, entries: [{ ...badTime, at: 1, satisfaction: 9, mood: 'x' }] }));
    await waitFor(() => plain() === 'Contact note 1: its rating must be 1 to 5 stars.');
    pick(JSON.stringify({ ...file, entries: [{ ...badTime, at: 1, mood: 'x' }] }));
    await waitFor(() => plain()?.startsWith('Contact note 1 has a field “mood” that Kefu does not know'));

    pick(JSON.stringify({ ...file, version: 3 }));
    await waitFor(() => plain() === message('notesPlainFileNewer'));
    // Nothing was written by any of the refused files.
    expect(await stored()).toEqual(before);

    useCatalogue('zh_CN');
    pick(JSON.stringify({ ...file, entries: [badTime] }));
    await waitFor(() => plain() === '第 1 条联系记录的时间不是有效的日期。');
  });

  it('says how many settings a backup could not set, in the UI language', async () => {
    useCatalogue('zh_CN');
    view = mount(<NotesManager lang="zh_CN" onOpenCase={() => {}} />);
    const input = byTestId(view.root, 'notes-import') as HTMLInputElement;
    const file = {
      format: 'kefu-notes',
      version: 2,
      cases: [],
      entries: [],
      templates: [],
      settings: [{ key: 'copyRaw', value: true }],
    };
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(file)], 'backup.json', { type: 'application/json' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const result = await waitFor(() => byTestId(view!.root, 'notes-import-result'));
    expect(result.textContent).toContain('导入完成');
    expect(result.textContent).toContain('文件中的 1 项设置未被导入');
    expect(await notesStore().getSetting('copyRaw')).toBeUndefined();

    // In English, one of each is singular: "1 new case", "1 setting … was not applied".
    useCatalogue('en');
    const withCase = {
      ...file,
      cases: [{ id: 'c1', platform: 'other', title: 'One', status: 'open', createdAt: 1, updatedAt: 1 }],
    };
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(withCase)], 'backup.json', { type: 'application/json' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const en = await waitFor(
      () =>
        byTestId(view!.root, 'notes-import-result')?.textContent?.startsWith('Imported') &&
        byTestId(view!.root, 'notes-import-result'),
    );
    expect(en.textContent).toContain('Imported: 1 new case, 0 updated; 0 new contacts, 0 updated.');
    expect(en.textContent).toContain('1 setting in the file was not applied');
  });
});

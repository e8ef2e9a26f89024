import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { plainImportProblem } from '../../../components/notes/import-problem';
import { installI18n } from './helpers';

// Found in the browser review of the panel (.tmp/s16/ux3): refusals of the import (the problems lib/notes/import-json.ts
// and import-schema.ts report, with their paths) whose plain words were wrong.

describe('an import refusal in plain words', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says a contact names an unknown case as a sentence about the contact', () => {
    // "Contact note 1: its case names a case that …" / "第 1 条联系记录的所属客服记录指向的客服记录…": said of the field.
    const problem = { id: 'importNoCase', params: ['entries[0].caseId', 'c-9'] } as const;
    installI18n('en');
    expect(plainImportProblem(problem)).toBe(
      'Contact note 1 names a case that is neither in the file nor in your notes.',
    );
    installI18n('zh_CN');
    expect(plainImportProblem(problem)).toBe('第 1 条联系记录指向的客服记录既不在文件中，也不在你的笔记里。');
  });

  it('says a setting too large is too long, not of the wrong form', () => {
    const problem = { id: 'importSettingTooBig', params: ['settings[0].value', '100,000'] } as const;
    installI18n('en');
    expect(plainImportProblem(problem)).toBe('Setting 1: its field “value” is too long (at most 100,000 characters).');
    installI18n('zh_CN');
    expect(plainImportProblem(problem)).toBe('第 1 项设置的字段“value”太长（最多 100,000 个字符）。');
  });
});

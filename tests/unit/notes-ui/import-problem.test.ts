import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notesProblemText } from '../../../components/notes/error-message';
import { plainImportProblem } from '../../../components/notes/import-problem';
import { loadUiConversion } from '../../../lib/i18n/hant';
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

  // Found in review: the record at fault in a large backup was "Contact note 20001", its number not grouped.
  it('numbers the record at fault as the UI language writes numbers', () => {
    const problem = { id: 'importNoCase', params: ['entries[20000].caseId', 'c-9'] } as const;
    installI18n('en');
    expect(plainImportProblem(problem)).toBe(
      'Contact note 20,001 names a case that is neither in the file nor in your notes.',
    );
    installI18n('zh_CN');
    expect(plainImportProblem(problem)).toBe('第 20,001 条联系记录指向的客服记录既不在文件中，也不在你的笔记里。');
  });

  it('says a setting too large is too long, not of the wrong form', () => {
    const problem = { id: 'importSettingTooBig', params: ['settings[0].value', '100,000'] } as const;
    installI18n('en');
    expect(plainImportProblem(problem)).toBe('Setting 1: its field “value” is too long (at most 100,000 characters).');
    installI18n('zh_CN');
    expect(plainImportProblem(problem)).toBe('第 1 项设置的字段“value”太长（最多 100,000 个字符）。');
  });

  // Bad-input hunt (s19): a Chinese refusal listed the allowed values as the file's English codes ("可以是：open,
  // waiting, …"). The plain words name them as the panel does; the technical text keeps the file's codes.
  it('names the allowed values as the panel does, in its language', () => {
    const status = {
      id: 'importOneOf',
      params: ['cases[0].status', 'open, waiting, resolved, escalated, closed'],
    } as const;
    installI18n('zh_CN');
    expect(plainImportProblem(status)).toBe(
      '第 1 份客服记录的状态不是客服助手认识的值（可以是：处理中、等待商家回复、已解决、已升级处理或已关闭）。',
    );
    const channel = {
      id: 'importOneOf',
      params: ['entries[2].channel', 'chat, phone, email, social, seller-message, in-app, other'],
    } as const;
    expect(plainImportProblem(channel)).toContain('可以是：在线客服、电话、邮件、社交媒体、给卖家留言、App 内或其他');
    const platform = { id: 'importOneOf', params: ['cases[0].platform', 'amazon, taobao, tmall, other'] } as const;
    expect(plainImportProblem(platform)).toContain('可以是：亚马逊、淘宝、天猫或其他商店');
    const v1 = {
      id: 'importOneOf',
      params: ['cases[0].status', 'open, pending, resolved, escalated, closed'],
    } as const;
    expect(plainImportProblem(v1)).toContain('可以是：处理中、等待商家回复、已解决、已升级处理或已关闭');
    expect(notesProblemText(status)).toContain('open, waiting, resolved, escalated, closed');
    // A list the panel has no names for is given as the file's codes.
    expect(plainImportProblem({ id: 'importOneOf', params: ['templates[0].lang', 'zh_CN, en'] })).toContain(
      'zh_CN, en',
    );
    installI18n('en');
    expect(plainImportProblem(status)).toBe(
      'Case 1: its status is not one Kefu knows (it can be: Open, Waiting for the shop, Resolved, Escalated, or Closed).',
    );
  });

  it('names problems in a traditional UI’s characters', async () => {
    installI18n('zh_TW');
    await loadUiConversion();
    const kinds = { id: 'importOneOf', params: ['cases[0].problemKind', 'not-received, quality-damage'] } as const;
    expect(plainImportProblem(kinds)).toContain('可以是：未收到貨或品質問題/商品損壞');
  });
});

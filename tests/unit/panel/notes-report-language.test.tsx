// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import { Workbench } from '../../../components/Workbench';
import {
  amazonOrder,
  byTestId,
  captureDownloads,
  click,
  installI18n,
  panelTestLifecycle,
  waitFor,
} from '../notes-ui/helpers';

/**
 * A review in Chromium (2026-12): in a Chinese panel writing to Amazon in English, "Markdown (report)" under all cases
 * saved an English report ("# Customer service case report", "Status: Open") from a notes screen in Chinese. The
 * notes are the shopper's, in the panel's language whatever the message's, as the case notes and advice are.
 */
describe("the notes report's language", () => {
  const ui = panelTestLifecycle();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is the panel's, not the message's", async () => {
    installI18n('zh_CN');
    await notesStore().createCase({
      platform: 'amazon',
      marketplace: 'amazon.com',
      orderId: '112-0399923-3070642',
      title: 'Kettle',
    });
    const { blobs } = captureDownloads();
    const { root } = ui.mount(<Workbench selected={amazonOrder()} onSelect={() => {}} lang="en" />);
    click(await waitFor(() => byTestId(root, 'notes-export-md')));
    await waitFor(() => blobs.length === 1);
    const report = await blobs[0]!.text();
    expect(report.split('\n')[0]).toBe('# 客服沟通记录');
    expect(report).not.toContain('Customer service case report');
  });
});

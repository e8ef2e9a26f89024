// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { HelpPanel } from '../../../components/HelpPanel';
import { notesStore } from '../../../components/notes-store';
import { ProblemPicker } from '../../../components/ProblemPicker';
import { RecentOrders } from '../../../components/RecentOrders';
import { TemplateComposer } from '../../../components/TemplateComposer';
import { Toast } from '../../../components/Toast';
import { type ShowToast, useToastState } from '../../../components/use-toast';
import {
  amazonOrder,
  byTestId,
  click,
  installI18n,
  panelTestLifecycle,
  renderRootLifecycle,
  tick,
  type,
  waitFor,
} from '../notes-ui/helpers';

// Found in Chromium with the keyboard only: pressing a toast's action (Undo, Log it), "Rebuild from template" or the
// privacy warning's "Mask" removed the button under the focus, which fell to the page's body.
describe('the focus stays in the panel after a button that goes away', () => {
  const rootOf = renderRootLifecycle();

  it('returns from a toast’s action to where the keyboard was when the toast came up', async () => {
    let show: ShowToast = () => {};
    function Harness() {
      const [toast, showToast, hide, hold] = useToastState();
      show = showToast;
      return (
        <>
          <button type="button" data-testid="copy">
            Copy
          </button>
          <Toast toast={toast} onClose={hide} onHold={hold} />
        </>
      );
    }
    render(<Harness />, rootOf());
    const copy = byTestId<HTMLButtonElement>(rootOf(), 'copy')!;
    copy.focus();
    let logged = 0;
    show('Copied', { label: 'Log it', run: () => logged++ });
    const action = await waitFor(() => rootOf().querySelector<HTMLButtonElement>('.toast button'));
    action.focus();
    click(action);
    await waitFor(() => !rootOf().querySelector('.toast'));
    expect(logged).toBe(1);
    expect(document.activeElement).toBe(copy);
  });

  const composer = (lang: 'en' | 'zh_CN' = 'en') =>
    render(
      <TemplateComposer ctx={amazonOrder()} problem="not-received" lang={lang} copyRaw={false} history={[]} />,
      rootOf(),
    );
  const box = () => byTestId<HTMLTextAreaElement>(rootOf(), 'message')!;

  it('puts the keyboard on the message after "Rebuild from template" and after masking a secret', async () => {
    composer();
    await waitFor(() => box()?.value);
    await tick(50);
    type(box(), `${box().value}\nmy edit`);
    const rebuild = await waitFor(() => byTestId<HTMLButtonElement>(rootOf(), 'regenerate'));
    rebuild.focus();
    click(rebuild);
    await waitFor(() => !byTestId(rootOf(), 'regenerate'));
    expect(document.activeElement).toBe(box());

    type(box(), `${box().value}\ncard 4111 1111 1111 1111`);
    const mask = await waitFor(() => byTestId<HTMLButtonElement>(rootOf(), 'privacy-redact'));
    mask.focus();
    click(mask);
    await waitFor(() => !byTestId(rootOf(), 'privacy-warning'));
    expect(document.activeElement).toBe(box());
  });

  it('closes the template editor on Escape, back to its Edit button', async () => {
    composer();
    const edit = await waitFor(() => byTestId<HTMLButtonElement>(rootOf(), 'edit-template'));
    edit.focus();
    click(edit);
    const body = await waitFor(() => byTestId(rootOf(), 'template-body'));
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await waitFor(() => !byTestId(rootOf(), 'template-body'));
    await waitFor(() => document.activeElement === edit);
  });

  it('marks the message in its own language when it is not the panel’s (a screen reader picks its voice by it)', async () => {
    // The panel is English (the test catalogue); the message is Chinese.
    composer('zh_CN');
    await waitFor(() => box()?.value);
    expect(box().lang).toBe('zh-CN');
    for (const field of rootOf().querySelectorAll('[data-testid^="missing-"] input, input[data-testid^="missing-"]'))
      expect((field as HTMLElement).lang).toBe('zh-CN');
  });
});

describe('content in the message language is marked with it', () => {
  const ui = panelTestLifecycle();

  it('the problem picker, the help links, the advice and the checklist', () => {
    const { root } = ui.mount(
      <>
        <ProblemPicker value="not-received" lang="zh_CN" onChange={() => {}} />
        <HelpPanel ctx={amazonOrder()} problem="not-received" lang="zh_CN" />
      </>,
    );
    expect(byTestId(root, 'problem-picker')?.lang).toBe('zh-CN');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-testid="help-links"] a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.lang).toBe('zh-CN');
    expect(root.querySelector<HTMLElement>('[data-testid="channel-advice"] ol')?.lang).toBe('zh-CN');
    expect(root.querySelector<HTMLElement>('.checklist')?.lang).toBe('zh-CN');
    expect(root.querySelector<HTMLElement>('.security-reminder')?.lang).toBe('zh-CN');
  });

  it('"Reaching a person:" is followed by one space; "找人工客服：" by none (its colon is full width)', () => {
    const human = (root: HTMLElement) => byTestId(root, 'channel-advice')?.querySelector('strong')?.parentElement;
    const en = ui.mount(<HelpPanel ctx={amazonOrder()} problem="not-received" lang="en" />);
    expect(human(en.root)?.textContent).toMatch(/^Reaching a person: \S/);
    en.unmount();
    installI18n('zh_CN');
    const zh = ui.mount(<HelpPanel ctx={amazonOrder()} problem="not-received" lang="zh_CN" />);
    expect(human(zh.root)?.textContent).toMatch(/^找人工客服：\S/);
  });

  it("the seeds' conversation tips, the platform's own last, folded under their title", () => {
    const { root } = ui.mount(<HelpPanel ctx={amazonOrder()} problem="not-received" lang="zh_CN" />);
    const tips = byTestId(root, 'contact-tips') as HTMLDetailsElement;
    expect(tips.open).toBe(false);
    expect(tips.querySelector('summary')?.textContent).toBe(
      JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')).tipsTitle.message,
    );
    const items = [...tips.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toContain('订单号');
    expect(items.at(-1)).toContain('亚马逊用户社区');
    expect(tips.querySelector('ul')?.lang).toBe('zh-CN');
  });

  it('names a recent order field by field, as the tab’s own order rows are', async () => {
    await notesStore().rememberOrders([amazonOrder().order], 'amazon', 'amazon.com');
    const { root } = ui.mount(<RecentOrders selectedKey={null} onSelect={() => {}} />);
    const row = await waitFor(() => root.querySelector('button.order-row'));
    expect(row.getAttribute('aria-label')).toBe(
      'Order ID: 112-0399923-3070642, Order date: 2024-04-20, Shop: Amazon, Amazon',
    );
  });
});

describe('the panel’s stylesheet', () => {
  const css = readFileSync('entrypoints/sidepanel/style.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const forced = css.slice(css.indexOf('@media (forced-colors: active)'));

  it('draws the selected order and the pressed language with system colours under forced colours', () => {
    expect(forced.length).toBeGreaterThan(30);
    expect(forced).toMatch(
      /\.order-row\.selected[\s\S]*?\.lang-toggle button\[aria-pressed="true"\][^{]*\{[^}]*Highlight/,
    );
    expect(forced).toMatch(/\.toast\s*\{[^}]*border:[^}]*CanvasText/);
  });

  it('lets rows and fieldsets shrink to a panel zoomed to 200%', () => {
    expect(css).toMatch(/\.row input,\s*\.row select\s*\{[^}]*min-width:\s*0/);
    expect(css).toMatch(/(^|\n)fieldset\s*\{[^}]*min-inline-size:\s*0/);
    expect(css).toMatch(/\.site-list\s*\{[^}]*overflow-wrap:\s*anywhere/);
    expect(css).toMatch(/\.site-list\s*\{[^}]*columns:\s*2 9em/);
    const notes = readFileSync('components/notes/notes.css', 'utf8');
    // The label's column at most 40% (a long label wraps; the value keeps most of a 280 px row), the value's shrinks.
    expect(notes).toMatch(/\.notes-entry-fields\s*\{[^}]*grid-template-columns:\s*fit-content\(40%\) minmax\(0, 1fr\)/);
  });

  // Measured in Chromium by tests/e2e/layout.e2e.ts; these pin the rules themselves.
  it('keeps checkboxes their own size in a row (stretched, they were 0 px wide beside a long label)', () => {
    expect(css).toMatch(/\.row input\[type="checkbox"\]\s*\{[^}]*flex:\s*none/);
  });

  it('under 260 CSS px (320 px at 200%) puts labels above their values', () => {
    const narrow = css.slice(css.indexOf('@media (max-width: 260px)'));
    expect(narrow).toMatch(/\.field dd:not\(\.field-copy\)\s*\{[^}]*grid-column:\s*1 \/ -1/);
    expect(narrow).toMatch(/\.missing-fields \.row > span\s*\{[^}]*flex:\s*1 1 100%/);
    const notes = readFileSync('components/notes/notes.css', 'utf8');
    expect(notes.slice(notes.indexOf('@media (max-width: 260px)'))).toMatch(
      /\.notes-entry-fields\s*\{[^}]*grid-template-columns:\s*minmax\(0, 1fr\)/,
    );
  });
});

describe('the message-language switch', () => {
  const ui = panelTestLifecycle();

  it('marks each language’s name with its language ("中文" in the English panel)', async () => {
    const { App } = await import('../../../entrypoints/sidepanel/App');
    const { root } = ui.mount(<App />);
    expect(byTestId(root, 'lang-zh_CN')?.lang).toBe('zh-CN');
    expect(byTestId(root, 'lang-en')?.lang).toBe('en');
  });
});

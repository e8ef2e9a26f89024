// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import type { OrderContext } from '../../../components/order-context';
import { TemplateComposer } from '../../../components/TemplateComposer';
import { ToastContext } from '../../../components/use-toast';
import type { Lang } from '../../../lib/templates';
import { amazonOrder, byTestId, click, renderRootLifecycle, tick, type, waitFor } from '../notes-ui/helpers';

// Saving the template editor took an empty body (the message became empty) and a body with a brace left open
// ("Order {orderId and …", sent to the shop as written) without a word. Both are refused with a message, and the
// text being edited stays in the editor.
describe('the template editor refuses a body it cannot use, and keeps the text', () => {
  const rootOf = renderRootLifecycle();
  const toasts: string[] = [];
  const show = (lang: Lang, ctx: OrderContext = amazonOrder()) =>
    render(
      <ToastContext.Provider value={(m) => toasts.push(m)}>
        <TemplateComposer ctx={ctx} problem="not-received" lang={lang} copyRaw={false} history={[]} />
      </ToastContext.Provider>,
      rootOf(),
    );
  const editor = () => byTestId<HTMLTextAreaElement>(rootOf(), 'template-body');

  async function saveBody(body: string): Promise<void> {
    toasts.length = 0;
    if (!editor()) click(byTestId(rootOf(), 'edit-template'));
    type(await waitFor(() => editor()), body);
    await tick();
    click(byTestId(rootOf(), 'save-template'));
    await tick(50);
  }

  it('an empty or blank template is not saved', async () => {
    show('en');
    await waitFor(() => byTestId<HTMLTextAreaElement>(rootOf(), 'message')?.value);
    for (const body of ['', '  \n  ']) {
      await saveBody(body);
      expect(toasts).toEqual(['The template is empty. Write its text, or press Cancel to keep the one you have.']);
      expect(editor()?.value).toBe(body);
    }
    expect(await notesStore().listTemplates()).toEqual([]);
  });

  it('a brace left open, stray or doubled is named, and nothing is saved', async () => {
    show('en');
    await waitFor(() => byTestId<HTMLTextAreaElement>(rootOf(), 'message')?.value);
    await saveBody('Order {orderId and {total} ok');
    expect(toasts).toEqual([
      'Check these braces: {orderId. A placeholder is one name in one pair of braces, like {orderId}. Fix them before saving.',
    ]);
    expect(editor()?.value).toBe('Order {orderId and {total} ok');
    await saveBody('Order {{orderId}} and {shop}}');
    expect(toasts[0]).toContain('Check these braces: {{orderId}} {shop}}.');
    expect(await notesStore().listTemplates()).toEqual([]);
  });
});

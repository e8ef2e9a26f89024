// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ManualOrderForm } from '../../../components/ManualOrderForm';
import {
  localDate,
  manualCaseToOrder,
  manualOrderProblem,
  normalizeHelpUrl,
  parseQuantity,
} from '../../../components/manual-order';
import { notesStore } from '../../../components/notes-store';
import type { Case } from '../../../lib/notes';
import { fillTemplate, formatMoney, templateDataFromOrder } from '../../../lib/templates';
import { byTestId, installI18n, message, panelTestLifecycle, tick, type, waitFor } from './helpers';

describe('entering an order from another shop by hand', () => {
  const ui = panelTestLifecycle();

  const submit = async (root: HTMLElement, shop: string, orderId: string) => {
    type(byTestId(root, 'manual-shop'), shop);
    type(byTestId(root, 'manual-orderId'), orderId);
    await tick();
    byTestId<HTMLButtonElement>(root, 'manual-submit')?.click();
  };

  it('the same shop and order again opens the first case (with its notes) instead of hiding it behind a new one', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    await submit(view.root, 'Shop Z', 'Z-100');
    await waitFor(() => added.length === 1);
    await notesStore().addEntry({ caseId: added[0]?.id ?? '', channel: 'chat', promised: 'refund by Friday' });
    await submit(view.root, 'Shop Z', 'Z-100');
    await waitFor(() => added.length === 2);
    expect(added[1]?.id).toBe(added[0]?.id);
    expect(view.toasts.map((t) => t.message)).toEqual([message('manualAdded'), message('manualAlreadyEntered')]);
    expect(await notesStore().listCases({ platform: 'other' })).toHaveLength(1);
    // Another shop with the same order number is another order.
    await submit(view.root, 'Shop Y', 'Z-100');
    await waitFor(() => added.length === 3);
    expect(added[2]?.id).not.toBe(added[0]?.id);
  });

  // Other-shops journey (s19 qa-other): a JD order added without its help page showed "No help page known for this
  // shop. Add one when you enter the order by hand."; entering it again with the help page (or a corrected total)
  // only said "You already added this order" and dropped what was typed: a manual order could never be corrected.
  it('the same order entered again with a help page, total or tracking number it lacked updates its case', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    type(byTestId(view.root, 'manual-total'), '¥1,299.00');
    await submit(view.root, '京东', '301234567890');
    await waitFor(() => added.length === 1);
    await notesStore().addEntry({ caseId: added[0]?.id ?? '', channel: 'chat', promised: '48小时内回电' });
    type(byTestId(view.root, 'manual-helpUrl'), 'https://help.jd.com/user/issue.html');
    type(byTestId(view.root, 'manual-total'), '¥1,199.00');
    type(byTestId(view.root, 'manual-trackingId'), 'JDVA12345678901');
    await submit(view.root, '京东', '301234567890');
    await waitFor(() => added.length === 2);
    expect(added[1]?.id).toBe(added[0]?.id);
    expect(added[1]?.helpUrl).toBe('https://help.jd.com/user/issue.html');
    expect(added[1]?.manual).toEqual({ total: '¥1,199.00', trackingId: 'JDVA12345678901' });
    expect(view.toasts.map((t) => t.message)).toEqual([message('manualAdded'), message('manualUpdated')]);
    const [stored] = await notesStore().listCases({ platform: 'other' });
    expect(stored?.helpUrl).toBe('https://help.jd.com/user/issue.html');
    expect(await notesStore().listEntries(stored?.id ?? '')).toHaveLength(1);
    // Entered again with nothing new: nothing typed earlier is cleared.
    await submit(view.root, '京东', '301234567890');
    await waitFor(() => added.length === 3);
    expect(added[2]?.manual).toEqual({ total: '¥1,199.00', trackingId: 'JDVA12345678901' });
    expect(view.toasts.at(-1)?.message).toBe(message('manualAlreadyEntered'));
  });

  // Other-shops journey (s19 qa-other): "3012 3456 7890" (as JD's app spaces it) or "ebay" for "eBay" made a second
  // case for the same order, splitting its notes in two.
  it('the same order typed with other spacing, dashes or letter case is the same order', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    await submit(view.root, 'eBay', '12-34567-89012');
    await waitFor(() => added.length === 1);
    await submit(view.root, ' ebay ', '12 34567 89012');
    await waitFor(() => added.length === 2);
    await submit(view.root, 'EBAY', '123456789012');
    await waitFor(() => added.length === 3);
    expect(new Set(added.map((c) => c.id)).size).toBe(1);
    expect(await notesStore().listCases({ platform: 'other' })).toHaveLength(1);
    // Another number is another order.
    await submit(view.root, 'eBay', '12-34567-89013');
    await waitFor(() => added.length === 4);
    expect(added[3]?.id).not.toBe(added[0]?.id);
  });

  // Fresh-eyes review (s19): a double click on "Add" (or Enter pressed twice) ran the submit twice; both looked for an
  // earlier case before either had written one, so the order got two cases, the second hiding the first one's notes.
  it('a second press of Add while the first is being saved adds no second case', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    type(byTestId(view.root, 'manual-shop'), 'Shop D');
    type(byTestId(view.root, 'manual-orderId'), 'D-200');
    await tick();
    const button = byTestId<HTMLButtonElement>(view.root, 'manual-submit')!;
    button.click();
    button.click();
    await waitFor(() => added.length >= 1);
    await tick();
    await tick();
    expect((await notesStore().listCases({ platform: 'other' })).filter((c) => c.orderId === 'D-200')).toHaveLength(1);
  });

  // User-journey review (.tmp/s16/ux F10): "www.zalando.de/faq" showed the browser's own English bubble (the form
  // let the browser check the url field), and Kefu's translated message never showed.
  it('checks the help page itself, in the panel’s language, and makes a bare host an https address', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    const form = view.root.querySelector('form')!;
    expect(form.noValidate).toBe(true);
    const helpUrl = byTestId<HTMLInputElement>(view.root, 'manual-helpUrl')!;

    type(helpUrl, 'http://www.zalando.de/faq');
    await submit(view.root, 'Zalando', 'Z-1');
    const error = await waitFor(() => view.root.querySelector('[role="alert"]'));
    expect(error.textContent).toBe(message('manualBadUrl'));
    expect(helpUrl.getAttribute('aria-invalid')).toBe('true');
    expect(added).toEqual([]);

    type(helpUrl, '  www.zalando.de/faq ');
    helpUrl.dispatchEvent(new Event('blur'));
    await waitFor(() => helpUrl.value === 'https://www.zalando.de/faq');
    byTestId<HTMLButtonElement>(view.root, 'manual-submit')?.click();
    await waitFor(() => added.length === 1);
    expect(added[0]?.helpUrl).toBe('https://www.zalando.de/faq');
  });

  // Bad-input hunt (s19): an order number pasted longer than 200 characters was cut by the input's maxLength without a
  // word, and its end was lost. It is now kept whole, and Add says which field is too long, in the panel's language.
  it('keeps a too-long order number whole and says on Add that it is too long', async () => {
    for (const lang of ['en', 'zh_CN'] as const) {
      installI18n(lang);
      const added: Case[] = [];
      const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
      const orderId = byTestId<HTMLInputElement>(view.root, 'manual-orderId')!;
      expect(orderId.hasAttribute('maxlength')).toBe(false);
      const long = `A-${'1234567890'.repeat(25)}`;
      await submit(view.root, 'Shop L', long);
      const error = await waitFor(() => view.root.querySelector('[role="alert"]'));
      expect(error.textContent).toBe(message('manualTooLong', message('fieldOrderId'), '200', '252'));
      expect(error.textContent).toContain(lang === 'en' ? 'Order ID is too long' : '订单号太长');
      expect(orderId.value).toBe(long);
      expect(orderId.getAttribute('aria-invalid')).toBe('true');
      expect(added).toEqual([]);
      view.unmount();
    }
  });

  it('says which field is too long, as each is saved (trimmed; the help page with its https://)', () => {
    const ok = { shop: 'S', orderId: '1', orderDate: '', helpUrl: '' };
    expect(manualOrderProblem({ ...ok, orderId: ` ${'9'.repeat(200)} ` })).toBeNull();
    expect(manualOrderProblem({ ...ok, trackingId: 'T'.repeat(201) })).toEqual({
      key: 'manualTooLong',
      field: 'trackingId',
      params: ['200', '201'],
    });
    expect(manualOrderProblem({ ...ok, shop: 'S'.repeat(10_001), orderId: '' })?.field).toBe('shop');
    expect(manualOrderProblem({ ...ok, helpUrl: `a.de/${'x'.repeat(1_991)}` })?.params).toEqual(['2000', '2004']);
  });

  // Bad-input hunt (s19): an order date years ahead (2030 typed for 2023) was accepted without a word.
  it('refuses an order date after tomorrow, saying today’s date', async () => {
    const now = new Date(2026, 10, 30, 23, 30);
    const ok = { shop: 'S', orderId: '1', helpUrl: '' };
    expect(manualOrderProblem({ ...ok, orderDate: '2030-01-01' }, now)).toEqual({
      key: 'manualFutureDate',
      field: 'orderDate',
      params: ['2026-11-30'],
    });
    expect(manualOrderProblem({ ...ok, orderDate: '2026-12-02' }, now)?.key).toBe('manualFutureDate');
    // A shop in a zone ahead of the user's may date today's order tomorrow.
    expect(manualOrderProblem({ ...ok, orderDate: '2026-12-01' }, now)).toBeNull();
    expect(manualOrderProblem({ ...ok, orderDate: '2026-11-30' }, now)).toBeNull();

    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    type(byTestId(view.root, 'manual-orderDate'), '2030-01-01');
    await submit(view.root, 'Shop F', 'F-1');
    const error = await waitFor(() => view.root.querySelector('[role="alert"]'));
    expect(error.textContent).toBe(message('manualFutureDate', localDate(new Date())));
    expect(byTestId(view.root, 'manual-orderDate')?.getAttribute('aria-invalid')).toBe('true');
    expect(added).toEqual([]);
  });

  it('makes https addresses only of what looks like a host', () => {
    expect(normalizeHelpUrl('zalando.de')).toBe('https://zalando.de');
    expect(normalizeHelpUrl('help.shop.co.uk/contact?x=1')).toBe('https://help.shop.co.uk/contact?x=1');
    expect(normalizeHelpUrl('https://a.de/x')).toBe('https://a.de/x');
    expect(normalizeHelpUrl('http://a.de/x')).toBe('http://a.de/x');
    expect(normalizeHelpUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(normalizeHelpUrl('not a url')).toBe('not a url');
    expect(normalizeHelpUrl('')).toBe('');
  });

  // A shop under an internationalised domain, copied from an address bar that hides the scheme, was refused
  // ("must be an https:// address") while its ASCII twin gained its https:// without a word.
  it('makes an https address of a bare internationalised host too', () => {
    expect(normalizeHelpUrl('bücher.de/hilfe')).toBe('https://bücher.de/hilfe');
    expect(normalizeHelpUrl('例子.中国/帮助')).toBe('https://例子.中国/帮助');
    expect(normalizeHelpUrl('xn--bcher-kva.de')).toBe('https://xn--bcher-kva.de');
    expect(manualOrderProblem({ shop: 'S', orderId: '1', orderDate: '', helpUrl: 'bücher.de/hilfe' })).toBeNull();
    expect(normalizeHelpUrl('not a url')).toBe('not a url');
    expect(normalizeHelpUrl('ä.b')).toBe('ä.b');
  });

  // A total typed without digits ("abc", "免费", "see invoice") was kept in the case but left out of the order: the card
  // did not show it and the templates asked for the total again.
  it('keeps the total as typed when it holds no number', () => {
    const manualCase = (total: string) =>
      ({
        id: 'c1',
        platform: 'other',
        shop: 'S',
        orderId: '1',
        title: 'S 1',
        status: 'open',
        createdAt: 0,
        updatedAt: 0,
        manual: { total },
      }) as Case;
    for (const total of ['abc', '免费', '12,5', '¥1,234.50']) {
      expect(manualCaseToOrder(manualCase(total)).order.total?.text).toBe(total);
      expect(formatMoney(manualCaseToOrder(manualCase(total)).order.total!, 'en')).toBe(total);
    }
    expect(manualCaseToOrder(manualCase('  ')).order.total).toBeUndefined();
  });
  // Found in review: the form had no item field, so a template's {item} was always left to fill for a manual order.
  it('saves the item and its quantity with the order, and templates name it as a page’s item', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    type(byTestId(view.root, 'manual-item'), '  Wireless earbuds  ');
    // A Chinese IME types full-width digits.
    type(byTestId(view.root, 'manual-quantity'), '２');
    await submit(view.root, 'Shop Q', 'Q-1');
    await waitFor(() => added.length === 1);
    expect(added[0]?.manual).toEqual({ item: 'Wireless earbuds', quantity: 2 });
    const [stored] = await notesStore().listCases({ platform: 'other' });
    expect(stored?.manual).toEqual({ item: 'Wireless earbuds', quantity: 2 });
    const { order } = manualCaseToOrder(stored!);
    expect(order.items).toEqual([{ title: 'Wireless earbuds', quantity: 2 }]);
    const data = templateDataFromOrder(order, { platform: 'other', lang: 'en' });
    expect(fillTemplate('About {item}.', data, 'en').text).toBe('About Wireless earbuds ×2.');
    // The form is empty again after the save.
    expect(byTestId<HTMLInputElement>(view.root, 'manual-item')?.value).toBe('');
    expect(byTestId<HTMLInputElement>(view.root, 'manual-quantity')?.value).toBe('');
    // Found by its name.
    expect((await notesStore().searchCases('earbuds')).map((r) => r.case.id)).toEqual([stored?.id]);
    // Entered again with another quantity: the case takes it.
    type(byTestId(view.root, 'manual-item'), 'Wireless earbuds');
    type(byTestId(view.root, 'manual-quantity'), '3');
    await submit(view.root, 'Shop Q', 'Q-1');
    await waitFor(() => added.length === 2);
    expect(added[1]?.manual).toEqual({ item: 'Wireless earbuds', quantity: 3 });
    expect(view.toasts.at(-1)?.message).toBe(message('manualUpdated'));
  });

  it('another item entered for the order does not take the quantity of the item it replaces', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    type(byTestId(view.root, 'manual-item'), 'Wireless earbuds');
    type(byTestId(view.root, 'manual-quantity'), '2');
    await submit(view.root, 'Shop P', 'P-1');
    await waitFor(() => added.length === 1);
    // Corrected: it was a charger, one of them (no quantity typed is one piece, not the earbuds' two).
    type(byTestId(view.root, 'manual-item'), 'USB charger');
    await submit(view.root, 'Shop P', 'P-1');
    await waitFor(() => added.length === 2);
    expect(added[1]?.manual).toEqual({ item: 'USB charger' });
    expect(manualCaseToOrder(added[1]!).order.items).toEqual([{ title: 'USB charger' }]);
    // The same item again with its quantity left empty keeps the quantity (an empty field keeps what was saved).
    type(byTestId(view.root, 'manual-quantity'), '4');
    type(byTestId(view.root, 'manual-item'), 'USB charger');
    await submit(view.root, 'Shop P', 'P-1');
    await waitFor(() => added.length === 3);
    type(byTestId(view.root, 'manual-item'), 'USB charger');
    type(byTestId(view.root, 'manual-total'), '$20');
    await submit(view.root, 'Shop P', 'P-1');
    await waitFor(() => added.length === 4);
    expect(added[3]?.manual).toEqual({ item: 'USB charger', quantity: 4, total: '$20' });
  });

  // Browser journey (2026-12): an order entered as 'Wireless earbuds' ×2, entered again to correct its item to the
  // charger actually bought (quantity left empty, as for one piece), became 'USB-C charger ×2' in every template: the
  // earlier item's count stayed as an empty field does, on an item it was never typed with.
  it('an order entered again with another item takes the quantity typed with it (none: one piece)', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    type(byTestId(view.root, 'manual-item'), 'Wireless earbuds');
    type(byTestId(view.root, 'manual-quantity'), '2');
    await submit(view.root, 'Shop C', 'C-1');
    await waitFor(() => added.length === 1);
    // The same item typed again without its quantity (to add a help page) keeps the count saved with it.
    type(byTestId(view.root, 'manual-item'), 'Wireless earbuds');
    type(byTestId(view.root, 'manual-helpUrl'), 'https://shop.example/help');
    await submit(view.root, 'Shop C', 'C-1');
    await waitFor(() => added.length === 2);
    expect(added[1]?.manual).toEqual({ item: 'Wireless earbuds', quantity: 2 });
    type(byTestId(view.root, 'manual-item'), 'USB-C charger');
    await submit(view.root, 'Shop C', 'C-1');
    await waitFor(() => added.length === 3);
    expect(added[2]?.manual).toEqual({ item: 'USB-C charger' });
    const [stored] = await notesStore().listCases({ platform: 'other' });
    expect(stored?.manual).toEqual({ item: 'USB-C charger' });
    const data = templateDataFromOrder(manualCaseToOrder(stored!).order, { platform: 'other', lang: 'en' });
    expect(data.item).toBe('USB-C charger');
    expect(view.toasts.at(-1)?.message).toBe(message('manualUpdated'));
  });

  it('an item without a quantity is one piece; a quantity needs an item and a whole number', async () => {
    const added: Case[] = [];
    const view = ui.mount(<ManualOrderForm onAdded={(c) => added.push(c)} />);
    type(byTestId(view.root, 'manual-quantity'), '2');
    await submit(view.root, 'Shop R', 'R-1');
    const alert = await waitFor(() => view.root.querySelector('[role="alert"]'));
    expect(alert.textContent).toBe(message('manualQuantityWithoutItem'));
    expect(byTestId(view.root, 'manual-quantity')?.getAttribute('aria-invalid')).toBe('true');
    type(byTestId(view.root, 'manual-item'), '无线耳机');
    type(byTestId(view.root, 'manual-quantity'), '2.5');
    await submit(view.root, 'Shop R', 'R-1');
    await waitFor(
      () => view.root.querySelector('[role="alert"]')?.textContent === message('manualBadQuantity', '9,999'),
    );
    expect(added).toHaveLength(0);
    type(byTestId(view.root, 'manual-quantity'), '');
    await submit(view.root, 'Shop R', 'R-1');
    await waitFor(() => added.length === 1);
    expect(added[0]?.manual).toEqual({ item: '无线耳机' });
    const data = templateDataFromOrder(manualCaseToOrder(added[0]!).order, { platform: 'other', lang: 'zh_CN' });
    expect(data.item).toBe('无线耳机');
  });

  it('reads a quantity as typed: digits only, 1 to 9,999', () => {
    expect(['1', ' 12 ', '９', '9999'].map(parseQuantity)).toEqual([1, 12, 9, 9999]);
    for (const bad of ['0', '-1', '2.5', '1e3', 'two', '两', '10000', '']) expect(parseQuantity(bad)).toBeUndefined();
    const base = { shop: 'S', orderId: '1', orderDate: '', helpUrl: '' };
    expect(manualOrderProblem({ ...base, item: 'Kettle', quantity: '10000' })?.key).toBe('manualBadQuantity');
    expect(manualOrderProblem({ ...base, quantity: '1' })?.key).toBe('manualQuantityWithoutItem');
    expect(manualOrderProblem({ ...base, item: 'x'.repeat(10_001) })).toMatchObject({
      key: 'manualTooLong',
      field: 'item',
    });
    expect(manualOrderProblem({ ...base, item: 'Kettle', quantity: '3' })).toBeNull();
  });

  it('in 中文, labels the item and quantity fields', () => {
    installI18n('zh_CN');
    const view = ui.mount(<ManualOrderForm onAdded={() => {}} />);
    const label = (id: string) => byTestId(view.root, id)?.closest('label')?.querySelector('span')?.textContent;
    expect(label('manual-item')).toBe('商品名称');
    expect(label('manual-quantity')).toBe('数量');
  });
});

import { describe, expect, it } from 'vitest';
import { OrderList } from '../../../components/OrderList';
import type { ExtractedOrder } from '../../../lib/extract/types';
import { byTestId, panelTestLifecycle } from '../notes-ui/helpers';
import { installCatalogue } from './catalogue';

const ORDERS: ExtractedOrder[] = [
  {
    orderId: '112-0399923-3070642',
    orderDate: '2024-04-20',
    total: { amount: 12.34, currency: 'USD', text: '$12.34' },
    shop: 'Amazon',
    items: [],
    shipments: [],
  },
  // Page text, rendered as text: markup in a shop's name stays characters.
  { orderId: '4213376587012345678', shop: '<img src=x onerror=alert(1)>小米', items: [], shipments: [] },
];

/** What a screen reader says for a row: a button's name is its text, hidden labels included. */
const spoken = (button: Element) => button.textContent?.replace(/\s+/g, ' ').trim();

// A row is one button (it selects the order); its values were read as one run of numbers and names.
describe('order rows name each field for screen readers', () => {
  // Each test starts with the English catalogue (panelTestLifecycle installs it).
  const { mount } = panelTestLifecycle();

  it('reads "Order ID: …, Order date: …, Total: …, Shop: …", leaving out the fields the order lacks', () => {
    const view = mount(<OrderList orders={ORDERS} selectedId={ORDERS[0]!.orderId} onSelect={() => {}} />);
    const [first, second] = [...view.root.querySelectorAll('button.order-row')];
    expect(spoken(first!)).toBe('Order ID: 112-0399923-3070642, Order date: 2024-04-20, Total: $12.34, Shop: Amazon');
    expect(spoken(second!)).toBe('Order ID: 4213376587012345678, Shop: <img src=x onerror=alert(1)>小米');
    expect(view.root.querySelector('img')).toBeNull();
  });

  it('keeps the look: labels are visually hidden and beside the values, whose text is exactly the order’s', () => {
    const view = mount(<OrderList orders={ORDERS} selectedId={null} onSelect={() => {}} />);
    const row = view.root.querySelector('button.order-row')!;
    // The visible values are the same spans as before, in the same order, with nothing added inside them.
    const visible = [...row.children].filter((el) => !el.classList.contains('visually-hidden'));
    expect(visible.map((el) => [el.className, el.textContent])).toEqual([
      ['order-id', '112-0399923-3070642'],
      ['order-date', '2024-04-20'],
      ['order-total', '$12.34'],
      ['order-shop', 'Amazon'],
    ]);
    expect(byTestId(view.root, 'order-id')?.textContent).toBe('112-0399923-3070642');
    const hidden = [...row.querySelectorAll('.visually-hidden')].map((el) => el.textContent?.trim());
    expect(hidden).toEqual(['Order ID:', ', Order date:', ', Total:', ', Shop:']);
  });

  it('labels the fields in the Chinese UI', () => {
    installCatalogue('zh_CN');
    const view = mount(<OrderList orders={ORDERS} selectedId={null} onSelect={() => {}} />);
    const row = view.root.querySelector('button.order-row')!;
    expect(spoken(row)).toBe('订单号： 112-0399923-3070642， 下单时间： 2024-04-20， 实付款： $12.34， 店铺： Amazon');
  });
});

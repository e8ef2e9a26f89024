// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
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

/**
 * What a screen reader says for a row: the button's accessible name. The row's own text is not it: Chrome reads the
 * row's block-level items with spaces around each ("Order ID: 112-… , Order date: …", "订单号： 4865…， 下单时间： …"),
 * so the name is given whole, as `aria-label`, and it is the exact string asserted here.
 */
const spoken = (button: Element) => button.getAttribute('aria-label');

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

  it('has no space before a separator nor two in a row, whichever fields the order has', () => {
    const orders: ExtractedOrder[] = [
      { orderId: '1', orderDate: '2024-01-02', items: [], shipments: [] },
      { orderId: '2', total: { amount: 5, currency: 'CNY', text: '¥5.00' }, items: [], shipments: [] },
      { orderId: '3', items: [], shipments: [] },
    ];
    const view = mount(<OrderList orders={orders} selectedId={null} onSelect={() => {}} />);
    expect([...view.root.querySelectorAll('button.order-row')].map(spoken)).toEqual([
      'Order ID: 1, Order date: 2024-01-02',
      'Order ID: 2, Total: ¥5.00',
      'Order ID: 3',
    ]);
  });

  it('keeps the look: the row shows the values only, whose text is exactly the order’s', () => {
    const view = mount(<OrderList orders={ORDERS} selectedId={null} onSelect={() => {}} />);
    const row = view.root.querySelector('button.order-row')!;
    // The visible values are the same spans as before, in the same order, with nothing added inside them.
    expect([...row.children].map((el) => [el.className, el.textContent])).toEqual([
      ['order-id', '112-0399923-3070642'],
      ['order-date', '2024-04-20'],
      ['order-total', '$12.34'],
      ['order-shop', 'Amazon'],
    ]);
    expect(byTestId(view.root, 'order-id')?.textContent).toBe('112-0399923-3070642');
  });

  it('labels the fields in the Chinese UI, with full-width punctuation and no spaces', () => {
    installCatalogue('zh_CN');
    const view = mount(<OrderList orders={ORDERS} selectedId={null} onSelect={() => {}} />);
    const row = view.root.querySelector('button.order-row')!;
    expect(spoken(row)).toBe('订单号：112-0399923-3070642，下单时间：2024-04-20，实付款：$12.34，店铺：Amazon');
    const three = [{ ...ORDERS[0]!, items: [{ title: '电热水壶' }, { title: '滤网' }, { title: '杯子' }] }];
    const several = mount(<OrderList orders={three} selectedId={null} onSelect={() => {}} />);
    expect(spoken(several.root.querySelector('button.order-row')!)).toContain('商品：电热水壶 及另外 2 件商品');
  });

  // User-journey review (.tmp/s16/ux F6): rows showed ID, date, total and shop only — twelve orders from one shop
  // looked alike.
  it('shows what was bought and the status, the title cut by CSS and whole in the name and tooltip', () => {
    const title = 'Anker Soundcore Life P3 Noise Cancelling Earbuds, Bluetooth 5.0, Black';
    const orders: ExtractedOrder[] = [
      {
        ...ORDERS[0]!,
        items: [{ title }, { title: 'USB-C cable' }],
        status: 'Delivered 22 April',
      },
    ];
    const view = mount(<OrderList orders={orders} selectedId={null} onSelect={() => {}} />);
    const row = view.root.querySelector('button.order-row')!;
    const item = row.querySelector('.order-item')!;
    expect(item.textContent).toBe(title);
    expect(item.getAttribute('title')).toBe(title);
    expect(row.querySelector('.order-status')?.textContent).toBe('Delivered 22 April');
    expect(spoken(row)).toBe(
      `Order ID: 112-0399923-3070642, Order date: 2024-04-20, Total: $12.34, Shop: Amazon, Items: ${title} and 1 more, Status: Delivered 22 April`,
    );
    // Cut to one line by the stylesheet, not by the text.
    const css = readFileSync('entrypoints/sidepanel/style.css', 'utf8');
    expect(css).toMatch(/\.order-item\s*\{[^}]*white-space:\s*nowrap[^}]*text-overflow:\s*ellipsis/);
    // In the row's wide column whatever fields come before it (in the narrow one, nowrap widened it to the whole
    // title and squeezed the order ID to a character a line: seen in Chromium on the real 2020 order history).
    expect(css).toMatch(/\.order-item\s*\{[^}]*grid-column:\s*1;/);
  });

  it('keeps the narrow column to at most part of the row, so a long status or shop wraps there', () => {
    // Seen in Chromium (.tmp/s16/ux3, the real 2020 order history with a long status line put in): the narrow
    // column grew to the status's whole width, squeezing the order ID, total and item into one character a line. The
    // status can be a sentence (read from the page, up to 200 characters), and so can a shop's name.
    const css = readFileSync('entrypoints/sidepanel/style.css', 'utf8');
    const row = /\.order-row\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(row).toMatch(/grid-template-columns:\s*minmax\(0,\s*1fr\)\s+fit-content\(\d+%\);/);
  });

  it('marks the selected row by more than its border colour (a bar on its start edge)', () => {
    const css = readFileSync('entrypoints/sidepanel/style.css', 'utf8');
    expect(/\.order-row\.selected\s*\{([^}]*)\}/.exec(css)?.[1]).toMatch(/box-shadow:\s*inset\s+\d+px/);
  });

  it('cuts an Arabic or Hebrew title at its end, not its beginning', () => {
    // Seen in Chromium (.tmp/s16/ux3): a long Hebrew title in the left-to-right row lost its first words ("קרם",
    // what the item is) to the ellipsis. Titles on amazon.ae / amazon.sa are Arabic; the row's direction is the UI's.
    const title = 'קרם לחות לפנים עם חומצה היאלורונית 50 מ"ל — מקורי';
    const view = mount(
      <OrderList orders={[{ ...ORDERS[0]!, items: [{ title }] }]} selectedId={null} onSelect={() => {}} />,
    );
    expect(view.root.querySelector('.order-item')?.getAttribute('dir')).toBe('auto');
  });
});

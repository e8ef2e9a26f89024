// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  COMPOSER_PREFIX,
  composerDraftReader,
  composerDrafts,
  type KeptComposerDraft,
  parseComposerDraft,
} from '../../../components/composer-draft-memory';
import { maskComposerDraft, problemKeptFor } from '../../../components/composer-draft-session';
import { entryDraftReader } from '../../../components/notes/draft-memory';
import { readDraft } from '../../../components/notes/entry-drafts';
import { notesStore } from '../../../components/notes-store';
import { type OrderContext, orderKey } from '../../../components/order-context';
import { loadSessionDrafts } from '../../../components/session-drafts';
import { TemplateComposer } from '../../../components/TemplateComposer';
import { Workbench } from '../../../components/Workbench';
import type { ProblemKind } from '../../../lib/templates';
import {
  amazonOrder,
  byTestId,
  choose,
  click,
  message,
  panelTestLifecycle,
  renderRootLifecycle,
  tick,
  type,
  waitFor,
} from '../notes-ui/helpers';

// Found in the composer durability request (.tmp/s22): the message being written and the problem picked for an order
// were gone after the panel was closed (one click on the toolbar button) and opened again. Orders are synthetic.

const CARD = '4111 1111 1111 1111';
const MASKED_CARD = '**** **** **** 1111';
const sessionKeyOf = (key: string) => `${COMPOSER_PREFIX}${key}`;
const stored = async (key: string) => (await fakeBrowser.storage.session.get(sessionKeyOf(key)))[sessionKeyOf(key)];
/** As when the panel closes: its pagehide writes what is still waiting for the pause in typing. */
const closePanel = () => dispatchEvent(new Event('pagehide'));
/** What the panel's next page holds once it has read the session (this page's memory forgotten). */
async function reopen(): Promise<void> {
  composerDrafts.clear();
  await loadSessionDrafts([composerDraftReader]);
}

describe('the message being written survives closing and opening the panel', () => {
  const { mount } = panelTestLifecycle();
  const panelOn = (ctx: OrderContext) => mount(<Workbench selected={ctx} onSelect={() => {}} lang="en" />);

  it('brings back the problem picked and the edited message, its card number masked, with no notice', async () => {
    const ctx = amazonOrder('111-0000000-0000051');
    let view = panelOn(ctx);
    const box = () => byTestId<HTMLTextAreaElement>(view.root, 'message')!;
    const picker = () => byTestId<HTMLSelectElement>(view.root, 'problem-picker')!;
    await waitFor(() => box()?.value.includes('111-0000000-0000051'));
    const before = box().value;
    choose(picker(), 'quality-damage');
    await waitFor(() => box().value !== before);
    await tick(50);
    const edit = `${box().value}\nThey asked for my card ${CARD}.`;
    type(box(), edit);
    await tick();
    closePanel();

    const kept = await stored(orderKey(ctx));
    expect(JSON.stringify(kept)).not.toContain('4111');
    expect(kept).toMatchObject({ problem: 'quality-damage', edited: true, text: edit.replace(CARD, MASKED_CARD) });

    view.unmount();
    await reopen();
    view = panelOn(ctx);
    await waitFor(() => box()?.value === edit.replace(CARD, MASKED_CARD));
    expect(picker().value).toBe('quality-damage');
    await tick(50);
    // The template and the order's details are those it was written from: nothing to tell.
    expect(byTestId(view.root, 'replace-offer')).toBeNull();
    expect(box().value).toBe(edit.replace(CARD, MASKED_CARD));
  });

  it('opens on the default problem for an order with nothing kept', async () => {
    const view = panelOn(amazonOrder('111-0000000-0000052'));
    await waitFor(() => byTestId(view.root, 'message'));
    expect(byTestId<HTMLSelectElement>(view.root, 'problem-picker')?.value).toBe('not-received');
  });
});

describe('what the composer keeps in the session', () => {
  const rootOf = renderRootLifecycle();
  const show = (ctx: OrderContext, problem: ProblemKind = 'not-received') =>
    render(<TemplateComposer ctx={ctx} problem={problem} lang="en" copyRaw={false} history={[]} />, rootOf());
  const box = () => byTestId<HTMLTextAreaElement>(rootOf(), 'message')!;
  const offer = () => byTestId(rootOf(), 'replace-offer');
  const composerKeys = async () =>
    Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith(COMPOSER_PREFIX));
  /** Takes the composer down and reads the session as the panel's next page would. */
  async function closeAndReopen(): Promise<void> {
    closePanel();
    render(null, rootOf());
    await reopen();
  }

  it('stores nothing while nothing is typed, and forgets the draft once the message and fill-ins are undone', async () => {
    const ctx = amazonOrder('111-0000000-0000053');
    show(ctx);
    await waitFor(() => box()?.value.includes('111-0000000-0000053'));
    await tick(50);
    const template = box().value;
    closePanel();
    await tick();
    expect(await composerKeys()).toEqual([]);

    type(box(), `${template}\nStill nothing.`);
    type(byTestId(rootOf(), 'missing-outcome'), 'a refund');
    await tick();
    closePanel();
    await vi.waitFor(async () => expect(await composerKeys()).toEqual([sessionKeyOf(orderKey(ctx))]));

    type(box(), template);
    await tick();
    closePanel();
    // The message is the template's again, but a fill-in still holds something: kept.
    await tick();
    expect(await composerKeys()).toEqual([sessionKeyOf(orderKey(ctx))]);
    type(byTestId(rootOf(), 'missing-outcome'), '');
    await tick();
    closePanel();
    await vi.waitFor(async () => expect(await composerKeys()).toEqual([]));
  });

  it('keeps one message under the problem it is shown under only: undone there, it comes back under none', async () => {
    const ctx = amazonOrder('111-0000000-0000058');
    show(ctx);
    await waitFor(() => box()?.value.includes('111-0000000-0000058'));
    await tick(50);
    type(box(), `${box().value}\nStill nothing.`);
    await tick();
    // A question about no order (kept under the platform), and back: the edited message follows.
    show(ctx, 'product-question');
    await waitFor(() => offer());
    show(ctx);
    await waitFor(() => !offer());
    click(byTestId(rootOf(), 'regenerate'));
    await waitFor(() => !box().value.includes('Still nothing.'));
    closePanel();
    await vi.waitFor(async () => expect(await composerKeys()).toEqual([]));
  });

  it('brings back fill-ins without an edited message, the message following them, a card masked', async () => {
    const ctx = amazonOrder('111-0000000-0000054');
    show(ctx);
    await waitFor(() => byTestId(rootOf(), 'missing-outcome'));
    await tick(50);
    type(byTestId(rootOf(), 'missing-outcome'), `refund to card ${CARD}`);
    await waitFor(() => box().value.includes(`refund to card ${CARD}`));
    await closeAndReopen();

    show(ctx);
    await waitFor(() => box()?.value.includes(`refund to card ${MASKED_CARD}`));
    expect(byTestId<HTMLInputElement>(rootOf(), 'missing-outcome')?.value).toBe(`refund to card ${MASKED_CARD}`);
    expect(offer()).toBeNull();
  });

  it('says the order’s details changed when the order opened again is not as the message was written from', async () => {
    const id = '111-0000000-0000055';
    const before = amazonOrder(id);
    show({ ...before, order: { ...before.order, shipments: [] } });
    await waitFor(() => box()?.value.includes(id));
    await tick(50);
    const edit = `${box().value}\nNo parcel yet.`;
    type(box(), edit);
    await tick();
    await closeAndReopen();

    // The page now shows a tracking ID.
    show(amazonOrder(id));
    await waitFor(() => box()?.value === edit);
    await waitFor(() => offer());
    expect(offer()?.textContent).toContain(message('orderDetailsChangedNotice'));
    expect(offer()?.textContent).not.toContain(message('editsKeptNotice'));
  });

  it('chooses again the user’s own template the message was written with, once the templates are read', async () => {
    const id = '111-0000000-0000056';
    await notesStore().putTemplate({
      id: 'user-polite',
      problemKind: 'not-received',
      lang: 'en',
      title: 'Polite',
      body: 'Hello, my order {orderId} has not arrived.',
      builtIn: false,
    });
    show(amazonOrder(id));
    await waitFor(() => byTestId<HTMLSelectElement>(rootOf(), 'composer')?.querySelector('select'));
    const templatePicker = () => rootOf().querySelector<HTMLSelectElement>('[data-testid="composer"] select')!;
    choose(templatePicker(), 'user-polite');
    await waitFor(() => box().value === `Hello, my order ${id} has not arrived.`);
    const edit = `${box().value} Please check.`;
    type(box(), edit);
    await tick();
    await closeAndReopen();

    show(amazonOrder(id));
    await waitFor(() => box()?.value === edit);
    await waitFor(() => templatePicker()?.value === 'user-polite');
    await tick(50);
    expect(offer()).toBeNull();
  });

  it('an empty composer opening in one panel does not remove the draft another panel keeps', async () => {
    const ctx = amazonOrder('111-0000000-0000057');
    const other: KeptComposerDraft = { ...draftOf(), text: 'typed in the other window' };
    await fakeBrowser.storage.session.set({ [sessionKeyOf(orderKey(ctx))]: other });
    show(ctx);
    await waitFor(() => box()?.value.includes('111-0000000-0000057'));
    await tick(50);
    closePanel();
    await tick(20);
    expect(await stored(orderKey(ctx))).toEqual(other);
  });
});

/** The tests below without a composer: a fresh session, with nothing left waiting from the tests above. */
function freshSession(): void {
  beforeEach(() => {
    closePanel();
    fakeBrowser.reset();
    composerDrafts.clear();
  });
}

/** A well-formed kept draft (synthetic). */
function draftOf(over: Partial<KeptComposerDraft> = {}): KeptComposerDraft {
  return {
    problem: 'not-received',
    keptAt: 1_000,
    extra: { outcome: 'a refund' },
    edited: true,
    text: 'Hello, my parcel never came.',
    generated: 'Hello, my parcel has not arrived.',
    from: 'not-received\nen\nbuiltin:not-received:en\nHello, my parcel has not arrived.',
    facts: '{"orderId":"111-0000000-0000001"}',
    owner: 'amazon|amazon.com|111-0000000-0000001',
    template: null,
    ...over,
  };
}

describe('parseComposerDraft: what the session holds is checked before the composer shows it', () => {
  freshSession();
  it('takes a draft of the composer’s shape', () => {
    expect(parseComposerDraft(draftOf())).toEqual(draftOf());
    expect(parseComposerDraft(draftOf({ owner: null, template: 'user-1', extra: {} }))).toEqual(
      draftOf({ owner: null, template: 'user-1', extra: {} }),
    );
  });

  const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`field${i}`, 'x']));
  it.each([
    ['not an object', 'draft'],
    ['null', null],
    ['an unknown problem', draftOf({ problem: 'lost-cat' as ProblemKind })],
    ['no time it was kept', { ...draftOf(), keptAt: undefined }],
    ['a time that is not one', draftOf({ keptAt: Number.NaN })],
    ['an edited flag that is not one', { ...draftOf(), edited: 'yes' }],
    ['a message that is not text', { ...draftOf(), text: 42 }],
    ['a message past twice the template limit', draftOf({ text: 'x'.repeat(200_001) })],
    ['order details that are not text', { ...draftOf(), facts: { orderId: '1' } }],
    ['fill-ins that are a list', { ...draftOf(), extra: ['a refund'] }],
    ['a fill-in that is not text', { ...draftOf(), extra: { outcome: 7 } }],
    ['a fill-in past ten times the note limit', draftOf({ extra: { outcome: 'x'.repeat(100_001) } })],
    ['a fill-in named like no placeholder', draftOf({ extra: { 'order id': 'x' } })],
    ['a fill-in reaching the prototype', { ...draftOf(), extra: JSON.parse('{"__proto__": "x"}') }],
    ['too many fill-ins', draftOf({ extra: tooMany })],
    ['an owner that is not text', { ...draftOf(), owner: 3 }],
    ['a template id past the id limit', draftOf({ template: 'x'.repeat(201) })],
  ])('rejects %s', (_what, value) => {
    expect(parseComposerDraft(value)).toBeNull();
  });

  it('loads only well-formed drafts under its own prefix, with the entry drafts in the same read', async () => {
    await fakeBrowser.storage.session.set({
      'composerDraft:amazon|amazon.com|111-1': draftOf(),
      'composerDraft:amazon|amazon.com|111-2': draftOf({ problem: 'lost-cat' as ProblemKind }),
      'composerDraft:': draftOf(),
      'entryDraft:amazon|amazon.com|111-1': {
        at: null,
        channel: 'chat',
        texts: { asked: 'where is it' },
        satisfaction: 0,
        keepSensitive: false,
      },
      'tab:12': { orders: [] },
    });
    composerDrafts.clear();
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    await loadSessionDrafts([entryDraftReader, composerDraftReader]);
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
    expect(composerDrafts.get('amazon|amazon.com|111-1')).toEqual(draftOf());
    expect([...composerDrafts.keys()]).toEqual(['amazon|amazon.com|111-1']);
    expect(readDraft('amazon|amazon.com|111-1')?.texts.asked).toBe('where is it');
  });

  it('keeps what this page holds over what the session says', async () => {
    composerDrafts.clear();
    composerDrafts.set('amazon', draftOf({ text: 'this page' }));
    await fakeBrowser.storage.session.set({ 'composerDraft:amazon': draftOf({ text: 'the session' }) });
    await loadSessionDrafts([composerDraftReader]);
    expect(composerDrafts.get('amazon')?.text).toBe('this page');
  });
});

describe('maskComposerDraft: secrets masked before the draft leaves the page', () => {
  it('masks a card in the message, the template’s text and a fill-in, and a code whose label is in the fill-in before', () => {
    const draft = draftOf({
      text: `Card ${CARD}`,
      generated: `Card ${CARD}`,
      extra: { tried: '客服要验证码', details: '482913', outcome: `refund to ${CARD}` },
    });
    const masked = maskComposerDraft(draft, []);
    expect(JSON.stringify(masked)).not.toMatch(/4111|482913/);
    expect(masked).toMatchObject({
      text: `Card ${MASKED_CARD}`,
      generated: `Card ${MASKED_CARD}`,
      extra: { tried: '客服要验证码', details: '******', outcome: `refund to ${MASKED_CARD}` },
    });
    // Its source and order details are compared as they are by the notices: left alone.
    expect(masked.from).toBe(draft.from);
    expect(masked.facts).toBe(draft.facts);
  });

  it('keeps the order’s own numbers as they are (a Luhn-valid number is not a card when it is the order’s)', () => {
    const id = '6011000990139424';
    const draft = draftOf({ text: id, extra: { details: id } });
    expect(maskComposerDraft(draft, []).text).not.toBe(id);
    expect(maskComposerDraft(draft, [id])).toMatchObject({ text: id, extra: { details: id } });
  });
});

describe('problemKeptFor: the problem a panel opened again starts on', () => {
  freshSession();
  const ctx = amazonOrder('111-0000000-0000001');

  it('is the problem of the order’s draft, or of its platform’s question, whichever was kept later', () => {
    composerDrafts.clear();
    expect(problemKeptFor(ctx)).toBeUndefined();
    composerDrafts.set(orderKey(ctx), draftOf({ problem: 'wrong-item', keptAt: 2_000 }));
    expect(problemKeptFor(ctx)).toBe('wrong-item');
    composerDrafts.set('amazon', draftOf({ problem: 'product-question', keptAt: 1_000 }));
    expect(problemKeptFor(ctx)).toBe('wrong-item');
    composerDrafts.set('amazon', draftOf({ problem: 'product-question', keptAt: 3_000 }));
    expect(problemKeptFor(ctx)).toBe('product-question');
    // Another platform's question is not this order's.
    expect(problemKeptFor({ ...ctx, platform: 'taobao', marketplace: null })).toBeUndefined();
  });

  it('ignores a draft whose problem does not fit the key it was kept under', () => {
    composerDrafts.clear();
    composerDrafts.set(orderKey(ctx), draftOf({ problem: 'product-question' }));
    composerDrafts.set('amazon', draftOf({ problem: 'wrong-item' }));
    expect(problemKeptFor(ctx)).toBeUndefined();
  });
});

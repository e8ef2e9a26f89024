// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseEntryDraft } from '../../../components/notes/draft-memory';
import { draftKeyOf, flushEntryDrafts } from '../../../components/notes/entry-drafts';
import { amazonOrder, byTestId, caseNotesForm, renderRootLifecycle, submit, tick, type, waitFor } from './helpers';

// Found in the notes durability hunt (.tmp/s21/durable): a contact half typed in the case notes was gone after the
// panel was closed (one click on the toolbar button) and opened again.

const CARD = '4111 1111 1111 1111';

/** What the panel's next page would see: the module as loaded afresh (its memory empty), reading the session. */
async function reopenedDrafts() {
  vi.resetModules();
  const [memory, drafts, session] = await Promise.all([
    import('../../../components/notes/draft-memory'),
    import('../../../components/notes/entry-drafts'),
    import('../../../components/session-drafts'),
  ]);
  return { loadEntryDrafts: () => session.loadSessionDrafts([memory.entryDraftReader]), readDraft: drafts.readDraft };
}

describe('a contact being written survives closing and opening the panel', () => {
  const rootOf = renderRootLifecycle();
  const notes = caseNotesForm(rootOf);
  const { form, field } = notes;
  const show = (ctx = amazonOrder('112-7777777-7777777')) => notes.show(ctx);
  const sessionKey = `entryDraft:${draftKeyOf(amazonOrder('112-7777777-7777777'))}`;

  it('keeps it in storage.session with its secrets masked, and a new page of the panel reads it back', async () => {
    show();
    await waitFor(() => form());
    type(field('agent'), 'Wang');
    type(field('asked'), `They asked for my card ${CARD}`);
    await tick();
    flushEntryDrafts(); // as when the panel closes (pagehide)

    const stored = (await fakeBrowser.storage.session.get(sessionKey))[sessionKey];
    expect(JSON.stringify(stored)).not.toContain('4111');
    expect(stored).toMatchObject({ texts: { agent: 'Wang', asked: 'They asked for my card **** **** **** 1111' } });

    const fresh = await reopenedDrafts();
    expect(fresh.readDraft(draftKeyOf(amazonOrder('112-7777777-7777777')))).toBeUndefined();
    await fresh.loadEntryDrafts();
    expect(fresh.readDraft(draftKeyOf(amazonOrder('112-7777777-7777777')))?.texts).toMatchObject({
      agent: 'Wang',
      asked: 'They asked for my card **** **** **** 1111',
    });
  });

  it('masks a code whose label is in the field before it, as the form warns it will be', async () => {
    show(amazonOrder('112-6666666-6666666'));
    await waitFor(() => form());
    type(field('asked'), '客服要验证码');
    type(field('answer'), '482913');
    await tick();
    expect(byTestId(form()!, 'notes-sensitive-found')).toBeTruthy(); // "…: it will be masked when saved"
    flushEntryDrafts();
    const key = `entryDraft:${draftKeyOf(amazonOrder('112-6666666-6666666'))}`;
    const stored = (await fakeBrowser.storage.session.get(key))[key];
    expect(JSON.stringify(stored)).not.toContain('482913');
    expect(stored).toMatchObject({ texts: { asked: '客服要验证码', answer: '******' } });
  });

  it('writes after a pause in typing, not per keystroke', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    show(amazonOrder('112-8888888-8888888'));
    await waitFor(() => form());
    for (const text of ['W', 'Wh', 'Whe', 'Where', 'Where is it']) type(field('asked'), text);
    await tick();
    expect(set).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    expect(JSON.stringify(set.mock.calls[0]?.[0])).toContain('Where is it');
    set.mockRestore();
  });

  it('forgets it in the session once saved', async () => {
    show();
    await waitFor(() => form());
    type(field('asked'), 'Parcel crushed');
    await tick();
    flushEntryDrafts();
    expect(await fakeBrowser.storage.session.get(sessionKey)).toHaveProperty(sessionKey);
    submit(form());
    await waitFor(() => byTestId(rootOf(), 'notes-timeline'));
    flushEntryDrafts();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(sessionKey)).toEqual({}));
  });

  it('an empty form opening in one panel does not remove the draft another panel keeps', async () => {
    await fakeBrowser.storage.session.set({
      [sessionKey]: {
        at: null,
        channel: 'chat',
        texts: { asked: 'typed in the other window' },
        satisfaction: 0,
        keepSensitive: false,
      },
    });
    show();
    await waitFor(() => form());
    await tick();
    flushEntryDrafts();
    await tick(20);
    expect(await fakeBrowser.storage.session.get(sessionKey)).toHaveProperty(sessionKey);
  });
});

describe('parseEntryDraft: what the session holds is checked before a form shows it', () => {
  const good = {
    at: null,
    channel: 'phone',
    texts: { agent: 'Li', asked: '退款进度' },
    satisfaction: 3,
    keepSensitive: false,
  };

  it('takes a draft of the form’s shape, missing texts as empty', () => {
    expect(parseEntryDraft(good)).toEqual({
      ...good,
      texts: { agent: 'Li', reference: '', asked: '退款进度', answer: '', promised: '', nextStep: '', comment: '' },
    });
    expect(parseEntryDraft({ ...good, at: '2026-12-01T09:30' })?.at).toBe('2026-12-01T09:30');
  });

  it.each([
    ['not an object', 'draft'],
    ['null', null],
    ['an unknown channel', { ...good, channel: 'fax' }],
    ['a rating out of range', { ...good, satisfaction: 9 }],
    ['a fractional rating', { ...good, satisfaction: 2.5 }],
    ['a text that is not text', { ...good, texts: { asked: 42 } }],
    ['a text past ten times the note limit', { ...good, texts: { asked: 'x'.repeat(100_001) } }],
    ['a time that is not text', { ...good, at: 1700000000000 }],
    ['no keep choice', { ...good, keepSensitive: 'yes' }],
  ])('rejects %s', (_what, value) => {
    expect(parseEntryDraft(value)).toBeNull();
  });

  it('loads only well-formed drafts under its own prefix', async () => {
    await fakeBrowser.storage.session.set({
      'entryDraft:amazon|amazon.com|112-1': good,
      'entryDraft:amazon|amazon.com|112-2': { ...good, channel: 'fax' },
      'tab:12': { orders: [] },
    });
    const fresh = await reopenedDrafts();
    await fresh.loadEntryDrafts();
    expect(fresh.readDraft('amazon|amazon.com|112-1')?.texts.asked).toBe('退款进度');
    expect(fresh.readDraft('amazon|amazon.com|112-2')).toBeUndefined();
    expect(fresh.readDraft('tab:12')).toBeUndefined();
  });
});

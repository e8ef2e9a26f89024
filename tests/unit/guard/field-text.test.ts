import { describe, expect, it } from 'vitest';
import { editorText, readFieldText, replaceFieldText, watchedFieldOf } from '../../../lib/guard';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  // Test-authored markup only (the guard itself never parses HTML).
  div.innerHTML = markup;
  document.body.replaceChildren(div);
  return div;
}

describe('editorText', () => {
  it('turns <br> and block boundaries into line breaks, so digits on two lines stay apart', () => {
    const el = html('<div>4111 1111</div><div>1111 1111</div>line<br>next');
    expect(editorText(el).text).toBe('4111 1111\n1111 1111\nline\nnext');
  });

  it('skips script and style contents', () => {
    const el = html('a<style>.x{}</style>b');
    expect(readFieldText(el)).toBe('ab');
  });
});

describe('replaceFieldText in an editor', () => {
  it('replaces inside one node and across nodes, keeping the elements', () => {
    const el = html('pin <b>12</b>34 end');
    replaceFieldText(el, [{ start: 4, end: 8, replacement: '****' }]);
    expect(el.textContent).toBe('pin **** end');
    expect(el.querySelector('b')).not.toBeNull();
  });

  it('fires one input event', () => {
    const el = html('abc');
    let count = 0;
    el.addEventListener('input', () => count++);
    replaceFieldText(el, [{ start: 0, end: 1, replacement: '*' }]);
    expect(count).toBe(1);
    expect(el.textContent).toBe('*bc');
  });
});

describe("replaceFieldText keeps an editor's caret", () => {
  it("where the user was typing, moved by what was replaced before it (writing a node's data sends it to 0)", () => {
    const el = html('hi <span>card 4111 1111 1111 1111 and</span> more');
    const text = el.querySelector('span')!.firstChild as Text;
    const sel = document.getSelection()!;
    // The caret in the replaced node, after the card ("and|"), and a selection direction kept (anchor after focus).
    sel.setBaseAndExtent(text, 27, text, 27);
    replaceFieldText(el, [{ start: 8, end: 27, replacement: '[card]' }]);
    expect(el.textContent).toBe('hi card [card] and more');
    expect([sel.focusNode, sel.focusOffset]).toEqual([text, 14]);
    const more = el.lastChild as Text;
    sel.setBaseAndExtent(more, 3, more, 1);
    replaceFieldText(el, [{ start: 3, end: 7, replacement: '' }]);
    expect(el.textContent).toBe('hi  [card] and more');
    expect([sel.anchorNode, sel.anchorOffset, sel.focusNode, sel.focusOffset]).toEqual([more, 3, more, 1]);
  });

  it('a caret between elements counts from the text after it', () => {
    const el = html('pin 1234<br>next');
    const sel = document.getSelection()!;
    sel.setBaseAndExtent(el, 2, el, 2); // before "next"
    replaceFieldText(el, [{ start: 4, end: 8, replacement: '' }]);
    expect(el.textContent).toBe('pin next');
    expect([sel.focusNode, sel.focusOffset]).toEqual([el.lastChild, 0]);
  });
});

describe('watchedFieldOf', () => {
  it('finds the editing host from a nested element and ignores non-text inputs', () => {
    const el = html('<p><span>x</span></p>');
    expect(watchedFieldOf(el.querySelector('span'))).toBe(el);
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(watchedFieldOf(checkbox)).toBeNull();
    expect(watchedFieldOf(document.createElement('div'))).toBeNull();
    expect(watchedFieldOf(null)).toBeNull();
  });
});

describe('replaceFieldText in a textarea', () => {
  it('keeps the caret where the user was typing (setting a value moves it to the end)', () => {
    const area = document.createElement('textarea');
    document.body.replaceChildren(area);
    area.value = 'hello card 4111 1111 1111 1111 thanks';
    area.setSelectionRange(5, 5);
    const field = watchedFieldOf(area);
    if (!field) throw new Error('not a field');
    replaceFieldText(field, [{ start: 11, end: 30, replacement: '**** **** **** 1111' }]);
    expect(area.value).toBe('hello card **** **** **** 1111 thanks');
    expect([area.selectionStart, area.selectionEnd]).toEqual([5, 5]);
    // A removed text moves what follows it; a caret inside a replaced span goes to its end.
    // (A caret mid-text: setting the value alone would put it at the end.)
    area.setSelectionRange(20, 20);
    replaceFieldText(field, [{ start: 0, end: 6, replacement: '' }]);
    expect(area.selectionStart).toBe(14);
    area.setSelectionRange(7, 7);
    replaceFieldText(field, [{ start: 5, end: 24, replacement: 'X' }]);
    expect(area.selectionStart).toBe(6);
  });
});

// @vitest-environment happy-dom
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

  it('a caret between elements stays there', () => {
    const el = html('pin 1234<br>next');
    const sel = document.getSelection()!;
    sel.setBaseAndExtent(el, 2, el, 2); // before "next"
    replaceFieldText(el, [{ start: 4, end: 8, replacement: '' }]);
    expect(el.textContent).toBe('pin next');
    expect([sel.focusNode, sel.focusOffset]).toEqual([el, 2]);
  });

  it('on the empty line after Enter or Shift+Enter, even when the edit moved it (the browser puts it after the mask)', () => {
    // The browser's insertText as in Chromium: the selection replaced, the caret after what was typed.
    const execCommand = (_: string, __: boolean, data: string) => {
      const sel = document.getSelection()!;
      const range = sel.getRangeAt(0);
      const node = range.startContainer as Text;
      node.replaceData(range.startOffset, range.endOffset - range.startOffset, data);
      sel.setBaseAndExtent(node, range.startOffset + data.length, node, range.startOffset + data.length);
      return true;
    };
    Object.assign(document, { execCommand });
    try {
      for (const markup of ['card 4111 1111 1111 1111<div><br></div>', 'card 4111 1111 1111 1111<br><br>']) {
        const el = html(markup);
        el.focus();
        const sel = document.getSelection()!;
        const line = el.querySelector('div') ?? el;
        const at = line === el ? 2 : 0;
        sel.setBaseAndExtent(line, at, line, at);
        replaceFieldText(el, [{ start: 5, end: 24, replacement: '**** **** **** 1111' }]);
        expect(el.textContent).toBe('card **** **** **** 1111');
        // Was: back at the end of the card's line, where the next words went.
        expect([sel.focusNode, sel.focusOffset]).toEqual([line, at]);
      }
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });
});

describe("replaceFieldText keeps an editor's caret on an empty line", () => {
  it('also where the editor renders its lines anew (new nodes) on the edit', () => {
    const el = html('<div>card 4111 1111 1111 1111</div><div><br></div>');
    const line = (content: Node) => {
      const div = document.createElement('div');
      div.append(content);
      return div;
    };
    // An editor (Slate-like) that takes the edit into its model and renders every line anew, its caret after the edit.
    const execCommand = () => {
      const text = document.createTextNode('card **** **** **** 1111');
      el.replaceChildren(line(text), line(document.createElement('br')));
      document.getSelection()!.setBaseAndExtent(text, 24, text, 24);
      return true;
    };
    Object.assign(document, { execCommand });
    try {
      el.focus();
      const sel = document.getSelection()!;
      sel.setBaseAndExtent(el.lastChild!, 0, el.lastChild!, 0);
      replaceFieldText(el, [{ start: 5, end: 24, replacement: '**** **** **** 1111' }]);
      // Was: after the mask, on the line above.
      expect([sel.focusNode, sel.focusOffset]).toEqual([el.lastChild, 0]);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
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

describe('replaceFieldText as one edit', () => {
  it('several secrets in one text are one insertText: one Ctrl+Z step (was one per secret)', () => {
    const typed: string[] = [];
    // The browser's insertText on the focused textarea, as in Chromium (each call is one undo step there).
    const execCommand = (_: string, __: boolean, data: string) => {
      const area = document.activeElement as HTMLTextAreaElement;
      typed.push(data);
      area.setRangeText(data, area.selectionStart, area.selectionEnd, 'end');
      return true;
    };
    Object.assign(document, { execCommand });
    try {
      const area = document.createElement('textarea');
      document.body.replaceChildren(area);
      area.value = 'card 4111 1111 1111 1111 cvv 123 code 654321 thanks';
      area.focus();
      area.setSelectionRange(34, 34); // after "cvv 123 "
      replaceFieldText(area, [
        { start: 5, end: 24, replacement: '**** **** **** 1111' },
        { start: 29, end: 32, replacement: '***' },
        { start: 38, end: 44, replacement: '******' },
      ]);
      expect(area.value).toBe('card **** **** **** 1111 cvv *** code ****** thanks');
      expect(typed).toEqual(['**** **** **** 1111 cvv *** code ******']);
      expect([area.selectionStart, area.selectionEnd]).toEqual([34, 34]);
      // In an editor, only within one text node: not over the <b> between them (it would be merged away).
      const el = document.createElement('div');
      el.setAttribute('contenteditable', 'true');
      el.append('pin 1234 ', Object.assign(document.createElement('b'), { textContent: 'and' }), ' 5678');
      document.body.replaceChildren(el);
      replaceFieldText(el, [
        { start: 4, end: 8, replacement: '****' },
        { start: 13, end: 17, replacement: '****' },
      ]);
      expect(el.innerHTML).toBe('pin **** <b>and</b> ****');
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });
});

describe('replaceFieldText where the document selection has no range', () => {
  it('masks an input whose selection is its own (Firefox keeps it out of the document selection)', () => {
    // A browser with the insertText command (a stub that does nothing: the guard then writes the value itself).
    Object.assign(document, { execCommand: () => true });
    try {
      const input = document.createElement('input');
      document.body.replaceChildren(input);
      input.value = 'pin 1234 x';
      input.focus();
      document.getSelection()?.removeAllRanges();
      // Before: getRangeAt(0) on the empty document selection threw, and nothing was masked.
      replaceFieldText(input, [{ start: 4, end: 8, replacement: '****' }]);
      expect(input.value).toBe('pin **** x');
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });
});

describe('replaceFieldText in an editor that renders after the event', () => {
  it("takes the editor's own edit (no direct write, no extra input) and puts the caret back once it rendered", async () => {
    Object.assign(document, { execCommand: () => false });
    // happy-dom has no StaticRange (the offer's target range); a browser has.
    const view = window as unknown as { StaticRange?: unknown };
    const hadStaticRange = 'StaticRange' in view;
    view.StaticRange ??= class {
      constructor(readonly range: Range) {}
    };
    try {
      const el = document.createElement('div');
      el.setAttribute('contenteditable', 'true');
      el.textContent = 'my card 4111 1111 1111 1111 thanks';
      document.body.replaceChildren(el);
      el.focus();
      const inputs: string[] = [];
      el.addEventListener('input', () => inputs.push(el.textContent ?? ''));
      // The editor: takes the offer, renders in a microtask (new text node, its caret after the edit).
      el.addEventListener('beforeinput', (e) => {
        e.preventDefault();
        const data = (e as InputEvent).data ?? '';
        queueMicrotask(() => {
          const text = document.createTextNode(`my card ${data} thanks`);
          el.replaceChildren(text);
          document.getSelection()?.setBaseAndExtent(text, 27, text, 27);
        });
      });
      const first = el.firstChild as Text;
      document.getSelection()?.setBaseAndExtent(first, 33, first, 33);
      replaceFieldText(el, [{ start: 8, end: 27, replacement: '**** **** **** 1111' }]);
      // Nothing written by the guard itself: the page still shows the card until the editor renders.
      expect(el.textContent).toBe('my card 4111 1111 1111 1111 thanks');
      await Promise.resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(el.textContent).toBe('my card **** **** **** 1111 thanks');
      expect(inputs).toEqual([]);
      expect(document.getSelection()?.anchorOffset).toBe(33);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
      if (!hadStaticRange) Reflect.deleteProperty(view, 'StaticRange');
    }
  });
});

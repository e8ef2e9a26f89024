// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { nextFocusable } from '../../../lib/guard/tab-order';

beforeEach(() => document.body.replaceChildren());

describe('nextFocusable: where Tab goes on after a warned field', () => {
  it('the next control in document order, past hidden, disabled and tabindex=-1 ones and the field’s own', () => {
    document.body.innerHTML = `<a href="#">before</a><div id="f" contenteditable="true"><a href="#">inside</a></div>
      <button style="display:none">hidden</button><button disabled>off</button><span tabindex="-1">skip</span>
      <kefu-privacy-guard><button>guard</button></kefu-privacy-guard><button id="send">Send</button>`;
    expect(nextFocusable(document.getElementById('f')!)?.id).toBe('send');
  });

  // A review (2026-12): a chat widget's composer in a shadow root had no next control (positions across trees are
  // arbitrary), so Tab past the warning skipped the widget's own Send button.
  it('in a shadow root, the widget’s next control first, then the page’s after the widget', () => {
    const host = document.createElement('div');
    const after = document.createElement('button');
    after.id = 'page-next';
    document.body.append(host, after);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea id="box"></textarea><button id="widget-send">Send</button>';
    expect(nextFocusable(shadow.getElementById('box')!)?.id).toBe('widget-send');
    shadow.getElementById('widget-send')!.remove();
    expect(nextFocusable(shadow.getElementById('box')!)?.id).toBe('page-next');
    after.remove();
    expect(nextFocusable(shadow.getElementById('box')!)).toBeNull();
  });
});

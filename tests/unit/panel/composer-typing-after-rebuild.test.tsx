// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TemplateComposer } from '../../../components/TemplateComposer';
import { amazonOrder, byTestId, click, renderRootLifecycle, tick, type, waitFor } from '../notes-ui/helpers';

/**
 * "Rebuild from template" rewrites the message; what the user types right after it must stay. The rewrite used to be
 * an effect that ran after the next paint and read `edited` as it was when the button was pressed (false): a keystroke
 * before that paint was written over by the template, with its card number (the warning went with it). Found as a
 * flaky panel test under load (2026-12); a user typing within a frame of the click hits it too.
 */
describe('typing right after "Rebuild from template"', () => {
  const rootOf = renderRootLifecycle();
  const box = () => byTestId<HTMLTextAreaElement>(rootOf(), 'message') as HTMLTextAreaElement;

  it('keeps what was typed before the next paint, and the warning about the card in it', async () => {
    render(
      <TemplateComposer ctx={amazonOrder()} problem="not-received" lang="en" copyRaw={false} history={[]} />,
      rootOf(),
    );
    await waitFor(() => box()?.value);
    await tick(50);
    const template = box().value;
    type(box(), `${template}\nmy edit`);
    click(await waitFor(() => byTestId<HTMLButtonElement>(rootOf(), 'regenerate')));
    // The click's render only (a microtask): the button is gone, the effects of that render have not run yet.
    await Promise.resolve();
    await Promise.resolve();
    expect(byTestId(rootOf(), 'regenerate')).toBeNull();
    type(box(), `${box().value}\ncard 4111 1111 1111 1111`);
    await tick(200);
    expect(box().value).toContain('card 4111 1111 1111 1111');
    expect(box().value).not.toContain('my edit');
    expect(byTestId(rootOf(), 'privacy-warning')).not.toBeNull();
    expect(byTestId(rootOf(), 'regenerate')).not.toBeNull();
  });
});

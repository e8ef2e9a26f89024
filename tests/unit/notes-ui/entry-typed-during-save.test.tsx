// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EntryFormValues } from '../../../components/notes/EntryForm';
import { EntryForm } from '../../../components/notes/EntryForm';
import { byTestId, panelTestLifecycle, submit, tick, type } from './helpers';

/**
 * The form is cleared for the next contact once its save is stored. Its fields stay editable while the save is in
 * flight (a slow disk, a large database): what the user types then is not part of the contact just saved, and clearing
 * the form threw it away. Only what was saved is cleared now.
 */
describe('a contact form typed into while its save is in flight', () => {
  const ui = panelTestLifecycle();

  /** Types a question and an agent's name, presses Save; returns the form's fields by name. */
  async function typeAndSave(root: HTMLElement) {
    const field = (name: string) => byTestId<HTMLInputElement>(root, `notes-field-${name}`) as HTMLInputElement;
    type(field('asked'), 'Where is my parcel?');
    type(field('agent'), 'Lin');
    await tick();
    submit(root.querySelector('form'));
    await tick();
    return field;
  }

  it('keeps what was typed after Save, and clears what was saved', async () => {
    const saved: EntryFormValues[] = [];
    let finish = () => {};
    const { root } = ui.mount(
      <EntryForm
        lang="en"
        draftKey="amazon:amazon.com:112-0399923-3070642"
        onSubmit={(values) => {
          saved.push(values);
          return new Promise<void>((resolve) => {
            finish = resolve;
          });
        }}
      />,
    );
    const field = await typeAndSave(root);
    expect(saved.map((v) => v.texts.asked)).toEqual(['Where is my parcel?']);
    // Typed while the save is in flight: the next contact's words, and a change to one just saved.
    type(field('promised'), 'A call back tomorrow');
    type(field('agent'), 'Lin Wei');
    await tick();
    finish();
    await tick();
    expect(field('asked').value).toBe('');
    expect(field('promised').value).toBe('A call back tomorrow');
    expect(field('agent').value).toBe('Lin Wei');
  });

  it('clears the whole form when nothing was typed during the save', async () => {
    const { root } = ui.mount(<EntryForm lang="en" onSubmit={async () => {}} />);
    const field = await typeAndSave(root);
    expect([field('asked').value, field('agent').value]).toEqual(['', '']);
  });
});

import { useRef, useState } from 'preact/hooks';
import { formatCount, t } from '@/lib/i18n';
import { type Case, LIMITS } from '@/lib/notes';
import { type ManualOrderProblem, manualOrderProblem, normalizeHelpUrl, parseQuantity } from './manual-order';
import { isManualCaseOf } from './notes/case-lookup';
import { notesErrorMessage } from './notes/error-message';
import { notesStore } from './notes-store';
import { useToast } from './use-toast';

const EMPTY = {
  shop: '',
  orderId: '',
  orderDate: '',
  item: '',
  quantity: '',
  total: '',
  trackingId: '',
  carrier: '',
  helpUrl: '',
};
type Field = keyof typeof EMPTY;
type LabelKey = Parameters<typeof t>[0];

/** Each field's label, also the name a message gives it ("订单号太长…"). */
const LABELS: Readonly<Record<Field, LabelKey>> = {
  shop: 'fieldShop',
  orderId: 'fieldOrderId',
  orderDate: 'fieldOrderDate',
  item: 'fieldItem',
  quantity: 'fieldQuantity',
  total: 'fieldTotal',
  trackingId: 'fieldTracking',
  carrier: 'fieldCarrier',
  helpUrl: 'fieldHelpUrl',
};
const ERROR_ID = 'manual-order-error';

/** A check's message in the panel's language; a too-long field is named by its label, with the numbers. */
function problemText({ key, field, params = [] }: ManualOrderProblem): string {
  if (key === 'manualBadQuantity')
    return t(
      key,
      params.map((n) => formatCount(Number(n))),
    );
  if (key !== 'manualTooLong') return t(key, params);
  return t(key, [t(LABELS[field]), ...params.map((n) => formatCount(Number(n)))]);
}

/** What a second entry of an order changes in its case: the help page and each typed order fact, or null. */
function changedManualFields(
  earlier: Case,
  helpUrl: string | undefined,
  manual: NonNullable<Case['manual']>,
): { helpUrl?: string; manual?: Case['manual'] } | null {
  const typed = Object.fromEntries(Object.entries(manual).filter(([, v]) => v !== undefined));
  const merged: NonNullable<Case['manual']> = { ...earlier.manual, ...typed };
  // The quantity is its item's: another item typed without one is one piece, not the earlier item's count (the same
  // item typed again without it, to add a help page, keeps the count, as any field left empty does).
  if (manual.item !== undefined && manual.item !== earlier.manual?.item && manual.quantity === undefined) {
    delete merged.quantity;
  }
  const keys = new Set([...Object.keys(merged), ...Object.keys(earlier.manual ?? {})]) as Set<keyof typeof manual>;
  const manualChanged = [...keys].some((k) => earlier.manual?.[k] !== merged[k]);
  const helpChanged = helpUrl !== undefined && helpUrl !== earlier.helpUrl;
  if (!manualChanged && !helpChanged) return null;
  return { ...(helpChanged ? { helpUrl } : {}), ...(manualChanged ? { manual: merged } : {}) };
}

/** Any other shop: the user types the order in, and templates, copy and notes then work the same way. */
export function ManualOrderForm({ onAdded }: { onAdded: (c: Case) => void }) {
  const toast = useToast();
  const [values, setValues] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [problemField, setProblemField] = useState<Field | null>(null);
  // Saving already: a second press (double click, Enter twice) must not look for an earlier case before the first press
  // has written its own, and add the order a second time (a ref: state is not re-read between two clicks).
  const saving = useRef(false);
  // The form as it is now: read after a save has been awaited, when the submit handler's own values are those it sent.
  const latest = useRef(values);
  latest.current = values;
  /**
   * After a save: empties what was saved. The fields stay editable while it is in flight (a slow disk, a large
   * database), and what the user typed meanwhile was not saved: it stays. A correction of the same order (its shop and
   * number left as they were) keeps the whole form, so Add again saves it to that order; emptied, its shop and number
   * would be gone and the correction typed next to another order's.
   */
  const clearSaved = (sent: typeof values) => {
    const now = latest.current;
    // A bare host sent with Enter gains its https:// when the field is left during the save: still what was saved.
    const differs = (name: Field) =>
      name === 'helpUrl' ? normalizeHelpUrl(now.helpUrl) !== normalizeHelpUrl(sent.helpUrl) : now[name] !== sent[name];
    const changed = (Object.keys(EMPTY) as Field[]).filter(differs);
    if (changed.length > 0 && !differs('shop') && !differs('orderId')) return;
    const next = { ...EMPTY };
    for (const name of changed) next[name] = now[name];
    setValues(next);
  };

  const field = (name: Field, type: 'text' | 'date' | 'url' = 'text') => (
    // The quantity is a text field with a numeric keyboard: a number field drops what is not a number ("2.5", "两")
    // and would save the item with no quantity without a word; typed as text, the form says what is wrong.
    <label class="row">
      <span>{t(LABELS[name])}</span>
      <input
        // Preact 11 types each input type as its own variant; the union of the three we use is sound here.
        type={type as 'text'}
        name={name}
        data-testid={`manual-${name}`}
        value={values[name]}
        inputMode={name === 'quantity' ? 'numeric' : undefined}
        aria-invalid={problem !== null && problemField === name ? true : undefined}
        aria-describedby={problem !== null && problemField === name ? ERROR_ID : undefined}
        // No maxLength: a pasted order number longer than the notes' cap would lose its end without a word. The form
        // takes it whole and says on Add that it is too long (manualOrderProblem), keeping what the user typed.
        onInput={(e) => setValues((prev) => ({ ...prev, [name]: e.currentTarget.value }))}
        // A bare host gains its https:// as the user leaves the field, so they see the address that will be saved.
        onBlur={
          name === 'helpUrl'
            ? (e) => {
                const value = e.currentTarget.value;
                setValues((prev) => ({ ...prev, helpUrl: normalizeHelpUrl(value) }));
              }
            : undefined
        }
      />
    </label>
  );

  return (
    <form
      class="card manual-form"
      aria-label={t('manualTitle')}
      // The browser's own check of the url and date fields would show its bubble, in the browser's language and
      // before Kefu's: the form checks itself (manualOrderProblem) and says what is wrong in the panel's language.
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const bad = manualOrderProblem(values);
        setProblem(bad ? problemText(bad) : null);
        setProblemField(bad ? bad.field : null);
        if (bad) {
          // The keyboard goes to the field to fix, which reads the problem (the button is nine fields below it).
          (e.currentTarget.elements.namedItem(bad.field) as HTMLInputElement | null)?.focus();
          return;
        }
        if (saving.current) return;
        saving.current = true;
        const sent = values;
        try {
          const store = notesStore();
          const shop = values.shop.trim();
          const orderId = values.orderId.trim();
          // The same shop and order again opens its case: a second case would hide the first one's notes.
          const earlier = (await store.listCases({ platform: 'other' })).find((c) => isManualCaseOf(c, shop, orderId));
          const helpUrl = normalizeHelpUrl(values.helpUrl) || undefined;
          const item = values.item.trim() || undefined;
          const manual = {
            orderDate: values.orderDate || undefined,
            item,
            // Checked above: digits from 1 to the cap, and only with an item.
            quantity: item ? parseQuantity(values.quantity) : undefined,
            total: values.total.trim() || undefined,
            trackingId: values.trackingId.trim() || undefined,
            carrier: values.carrier.trim() || undefined,
          };
          if (earlier) {
            // Entered again, the order takes what the user typed this time (a help page it lacked, a corrected
            // total): the only way to correct a manual order, and what "No help page known" tells them to do.
            // Fields left empty keep what was saved.
            const changes = changedManualFields(earlier, helpUrl, manual);
            const kept = changes ? await store.updateCase(earlier.id, changes) : earlier;
            clearSaved(sent);
            toast(t(changes ? 'manualUpdated' : 'manualAlreadyEntered'));
            onAdded(kept);
            return;
          }
          const created = await store.createCase({
            platform: 'other',
            orderId,
            shop,
            // A shop name near its own cap would make the title too long to save: the title is only a label.
            title: `${shop} ${orderId}`.slice(0, LIMITS.text),
            helpUrl,
            manual,
          });
          clearSaved(sent);
          toast(t('manualAdded'));
          onAdded(created);
        } catch (error) {
          // Nothing was written; keep what the user typed so nothing is lost.
          setProblem(notesErrorMessage(error));
          setProblemField(null);
        } finally {
          saving.current = false;
        }
      }}
    >
      {field('shop')}
      {field('orderId')}
      {field('orderDate', 'date')}
      {field('item')}
      {field('quantity')}
      {field('total')}
      {field('trackingId')}
      {field('carrier')}
      {field('helpUrl', 'url')}
      {problem && (
        <p id={ERROR_ID} class="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary-button" data-testid="manual-submit">
        {t('manualAdd')}
      </button>
    </form>
  );
}

import { shownBcp47, t } from '@/lib/i18n';
import { forUi } from '@/lib/i18n/hant';
import { type Lang, PROBLEM_KINDS, type ProblemKind } from '@/lib/templates';

/** Which kind of problem the user has; everything below the picker follows it. */
export function ProblemPicker({
  value,
  lang,
  onChange,
}: {
  value: ProblemKind;
  lang: Lang;
  onChange: (p: ProblemKind) => void;
}) {
  return (
    <label class="row problem-picker">
      <span>{t('problemLabel')}</span>
      <select
        data-testid="problem-picker"
        // The problems are named in the message's language, which may not be the panel's.
        lang={shownBcp47(lang)}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as ProblemKind)}
      >
        {PROBLEM_KINDS.map((p) => (
          <option key={p.id} value={p.id}>
            {forUi(p.label[lang], lang)}
          </option>
        ))}
      </select>
    </label>
  );
}

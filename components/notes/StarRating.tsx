import { t } from '@/lib/i18n';
import { starText } from './labels';

interface Props {
  value: number;
  name: string;
  onChange: (value: number) => void;
}

/** 1–5 stars as a radio group (arrow keys move between stars, as with any radio group), plus "no rating". */
export function StarRating({ value, name, onChange }: Props) {
  return (
    <fieldset class="notes-stars-input">
      <legend>{t('notesSatisfaction')}</legend>
      {[0, 1, 2, 3, 4, 5].map((n) => (
        <label key={n} class="notes-star-option">
          <input
            type="radio"
            name={name}
            value={String(n)}
            checked={value === n}
            data-testid={`notes-stars-${n}`}
            onChange={() => onChange(n)}
          />
          {n === 0 ? (
            <span>{t('notesSatisfactionNone')}</span>
          ) : (
            <span title={t('notesStars', String(n))}>
              <span aria-hidden="true">{starText(n).slice(0, n)}</span>
              <span class="visually-hidden">{t('notesStars', String(n))}</span>
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

import { GUARD_KINDS, type GuardKind, isGuardEnabled, setGuardEnabledForSite } from '@/lib/guard/settings';
import { t } from '@/lib/i18n';
import { AMAZON_MARKETPLACES } from '@/lib/sites/amazon/marketplaces';
import { useGuardSettings } from './use-guard-settings';

/** Registrable domains the guard runs on; an entry covers its subdomains (www., refund2., rights. …). */
const SITES = [...AMAZON_MARKETPLACES.map((m) => m.domain), 'taobao.com', 'tmall.com'];

const KIND_KEYS = {
  typing: 'guardKindTyping',
  'paste-scam': 'guardKindPasteScam',
  password: 'guardKindPassword',
} as const satisfies Record<GuardKind, string>;

/** The privacy guard's switches: each kind of warning, and each site. Defaults are all on. */
export function GuardSettings() {
  const [settings, save] = useGuardSettings();
  const kindOn = (kind: GuardKind) => !settings.disabledGuards?.includes(kind);
  const toggleKind = (kind: GuardKind, on: boolean) =>
    void save((current) => {
      const rest = (current.disabledGuards ?? []).filter((k) => k !== kind);
      return { ...current, disabledGuards: on ? rest : [...rest, kind] };
    });
  // A site counts as on when every kind of warning is on there.
  const siteOn = (site: string) =>
    GUARD_KINDS.every((k) => isGuardEnabled({ ...settings, disabledGuards: [] }, `www.${site}`, k));

  return (
    <fieldset class="guard-settings" data-testid="guard-settings">
      <legend>{t('guardSettingsTitle')}</legend>
      <p class="muted">{t('guardSettingsHint')}</p>
      {GUARD_KINDS.map((kind) => (
        <label class="row" key={kind}>
          <input type="checkbox" checked={kindOn(kind)} onChange={(e) => toggleKind(kind, e.currentTarget.checked)} />
          <span>{t(KIND_KEYS[kind])}</span>
        </label>
      ))}
      <details>
        <summary>{t('guardSitesTitle')}</summary>
        <ul class="site-list">
          {SITES.map((site) => (
            <li key={site}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`guard-site-${site}`}
                  checked={siteOn(site)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void save((current) => setGuardEnabledForSite(current, site, on));
                  }}
                />{' '}
                {site}
              </label>
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}

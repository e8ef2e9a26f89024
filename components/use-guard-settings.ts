import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_GUARD_SETTINGS,
  GUARD_SETTINGS_KEY,
  type GuardSettings,
  readGuardSettings,
  writeGuardSettings,
} from '@/lib/guard/settings';

/** The privacy guard's settings in storage.local (read by the guard content script), kept live. */
export function useGuardSettings(): [GuardSettings, (next: GuardSettings) => Promise<boolean>] {
  const [settings, setSettings] = useState<GuardSettings>(DEFAULT_GUARD_SETTINGS);
  useEffect(() => {
    let disposed = false;
    const load = () => void readGuardSettings(browser.storage.local).then((s) => !disposed && setSettings(s));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && GUARD_SETTINGS_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return [settings, (next) => writeGuardSettings(browser.storage.local, next)];
}

import { installI18n } from '../notes-ui/helpers';

/** browser.i18n stand-in for either catalogue: the panel's labels in the Chinese UI are checked against zh_CN. */
export const installCatalogue = (lang: 'en' | 'zh_CN'): void => installI18n(lang);

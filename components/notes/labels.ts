import { type MessageKey, t } from '@/lib/i18n';
import type { CaseStatus, EntryChannel } from '@/lib/notes';

// Chrome message names allow only letters, digits and `_`: the channel IDs with a hyphen get their own names.
const CHANNEL_KEYS: Record<EntryChannel, MessageKey> = {
  chat: 'notesChannel_chat',
  phone: 'notesChannel_phone',
  email: 'notesChannel_email',
  social: 'notesChannel_social',
  'seller-message': 'notesChannel_sellerMessage',
  'in-app': 'notesChannel_inApp',
  other: 'notesChannel_other',
};

export const channelLabel = (channel: EntryChannel): string => t(CHANNEL_KEYS[channel]);
export const statusLabel = (status: CaseStatus): string => t(`notesStatus_${status}`);

/** "★★★☆☆" for a rating; the number is given to screen readers separately. */
export const starText = (n: number): string => '★'.repeat(n) + '☆'.repeat(Math.max(0, 5 - n));

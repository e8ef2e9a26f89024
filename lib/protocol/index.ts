export type { ContentInbound, CopySummaryMessage, RescanNowMessage } from './content-inbox';
export { parseContentInbound, RESCAN_NOW } from './content-inbox';
export { OrderSchema, PageExtractionSchema } from './extraction-schema';
export type {
  KefuMessage,
  KefuMessageType,
  OrdersFoundMessage,
  Parsed,
  ReceiverContext,
  RescanTabMessage,
  SenderInfo,
} from './messages';
export { parseMessage } from './messages';
export { isShopUrl } from './shop-hosts';

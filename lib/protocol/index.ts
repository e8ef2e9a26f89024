export type { ContentInbound } from './content-inbox';
export { parseContentInbound } from './content-inbox';
export { OrderSchema, PageExtractionSchema } from './extraction-schema';
export type {
  CopySummaryMessage,
  KefuMessage,
  KefuMessageType,
  OrdersFoundMessage,
  Parsed,
  ReceiverContext,
  RescanNowMessage,
  RescanTabMessage,
  SenderInfo,
} from './messages';
export { parseMessage } from './messages';
export { isShopUrl } from './shop-hosts';

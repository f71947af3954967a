import 'i18next';
import type { messages } from './messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof messages.en };
  }
}

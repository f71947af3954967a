import type { Question } from '@hutong/domain';

/** A question's fields as the CLI takes them (`--host wechat --surface private-chat …`); undefined ones are left out. */
export function flagsOf(fields: Partial<Question>): string[] {
  return Object.entries(fields).flatMap(([name, value]) => (value === undefined ? [] : [`--${name}`, value]));
}

/** What every screen is given: the space it has, whether it has the keys, and today's date. */
export interface ScreenProps {
  width: number;
  height: number;
  active: boolean;
  today: string;
}

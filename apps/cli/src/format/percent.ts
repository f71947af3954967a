/** A share (0 … 1) as a percentage, with a decimal when small: "0.6 %", "15 %". */
export function percent(share: number): string {
  const p = share * 100;
  return `${p > 0 && p < 10 ? p.toFixed(1) : Math.round(p)} %`;
}

/** Report figures (shares, percentages, hours) with one decimal. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

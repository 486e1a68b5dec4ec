/**
 * Which menu item a key moves focus to, as the WAI-ARIA menu pattern says
 * (https://www.w3.org/WAI/ARIA/apg/patterns/menubar/): Down and Up move and wrap around,
 * Home and End go to the first and last item. `undefined` for any other key.
 *
 * @example menuIndexAfter("ArrowDown", 2, 3) === 0
 */
export function menuIndexAfter(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case "ArrowDown":
      return current < 0 ? 0 : (current + 1) % count;
    case "ArrowUp":
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

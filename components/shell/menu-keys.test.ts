import { describe, expect, it } from "vitest";
import { menuIndexAfter } from "./menu-keys";

describe("moving through a menu with the keyboard", () => {
  it.each([
    ["ArrowDown", 0, 3, 1],
    ["ArrowDown", 2, 3, 0],
    ["ArrowDown", -1, 3, 0],
    ["ArrowUp", 0, 3, 2],
    ["ArrowUp", 2, 3, 1],
    ["ArrowUp", -1, 3, 2],
    ["Home", 2, 3, 0],
    ["End", 0, 3, 2],
  ] as const)("%s from item %i of %i goes to item %i", (key, from, count, to) => {
    expect(menuIndexAfter(key, from, count)).toBe(to);
  });

  it("ignores other keys and empty menus", () => {
    expect(menuIndexAfter("a", 0, 3)).toBeUndefined();
    expect(menuIndexAfter("ArrowDown", 0, 0)).toBeUndefined();
  });
});

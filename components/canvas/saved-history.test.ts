import { describe, expect, it } from "vitest";
import { updateEntity } from "../../lib/design/ops";
import { seedLab } from "../../lib/templates/seed-lab";
import { designText } from "./persistence";
import { historyText, parseHistory, PERSISTED_STEPS } from "./saved-history";

/** A chain of edits: each version renames public-a once more. */
function versions(n: number) {
  const list = [seedLab()];
  for (let i = 1; i < n; i++) list.push(updateEntity(list[i - 1], "subnets", "public-a", { name: `public-a-${i}` }));
  return list;
}

describe("undo history saved with the autosave", () => {
  it("comes back after a reload, past and future, onto the same design", async () => {
    const [a, b, c, d] = versions(4);
    const text = historyText(c, [a, b], [d]);
    const restored = await parseHistory(text, designText(c));
    expect(restored?.past.map((x) => x.subnets["public-a" as never].name)).toEqual(["public-a", "public-a-1"]);
    expect(restored?.future.map((x) => x.subnets["public-a" as never].name)).toEqual(["public-a-3"]);
  });

  it("is dropped when it belongs to another design text (the design was saved without it)", async () => {
    const [a, b, c] = versions(3);
    expect(await parseHistory(historyText(b, [a], []), designText(c))).toBeNull();
    expect(await parseHistory("not json", designText(b))).toBeNull();
  });

  it("keeps the newest steps within the step limit and the character budget", async () => {
    const chain = versions(PERSISTED_STEPS + 10);
    const present = chain[chain.length - 1];
    const all = await parseHistory(historyText(present, chain.slice(0, -1), []), designText(present));
    expect(all?.past).toHaveLength(PERSISTED_STEPS);
    expect(all?.past.at(-1)?.subnets["public-a" as never].name).toBe(`public-a-${chain.length - 2}`);
    const small = await parseHistory(historyText(present, chain.slice(0, -1), [], designText(present).length * 3.5), designText(present));
    expect(small?.past).toHaveLength(3);
  });
});

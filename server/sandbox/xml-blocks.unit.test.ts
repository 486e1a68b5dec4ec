import { describe, expect, it } from "vitest";
import { replaceTagText, rewriteBlocks, tagText } from "./xml-blocks";

const RESERVATIONS =
  "<r><reservationSet><item><reservationId>r-1</reservationId><instancesSet>" +
  "<item><blockDeviceMapping><item><deviceName>/dev/sda1</deviceName></item></blockDeviceMapping><instanceId>i-1</instanceId><instanceState><code>16</code><name>running</name></instanceState></item>" +
  "<item><instanceId>i-2</instanceId><instanceState><code>16</code><name>running</name></instanceState></item>" +
  "</instancesSet></item></reservationSet></r>";

describe("rewriteBlocks", () => {
  it("hands each innermost block holding the id tag to the rewrite, nested lists included", () => {
    const seen: string[] = [];
    rewriteBlocks(RESERVATIONS, "item", "instanceId", (id, block) => {
      seen.push(id);
      expect(block.startsWith("<item>") && block.endsWith("</item>")).toBe(true);
      expect(block).toContain("<blockDeviceMapping>".repeat(id === "i-1" ? 1 : 0));
      return block;
    });
    expect(seen).toEqual(["i-1", "i-2"]);
  });

  it("leaves everything outside the rewritten blocks byte-for-byte as it was", () => {
    const out = rewriteBlocks(RESERVATIONS, "item", "instanceId", (id, block) => (id === "i-2" ? block.replace("running", "pending") : block));
    expect(out).toBe(RESERVATIONS.replace(/(<instanceId>i-2<\/instanceId><instanceState><code>16<\/code><name>)running/, "$1pending"));
  });

  it("removes blocks for which the rewrite returns an empty string", () => {
    const out = rewriteBlocks(RESERVATIONS, "item", "instanceId", (id, block) => (id === "i-1" ? "" : block));
    expect(out).not.toContain("i-1");
    expect(out).toContain("<instanceId>i-2</instanceId>");
    expect(out).toContain("<reservationId>r-1</reservationId>");
  });

  it("finds the outer block when only it holds the id tag", () => {
    const out = rewriteBlocks(RESERVATIONS, "item", "reservationId", () => "");
    expect(out).toBe("<r><reservationSet></reservationSet></r>");
  });

  it("returns the text unchanged when no block holds the id tag", () => {
    expect(rewriteBlocks("<a><member><x>1</x></member></a>", "member", "LoadBalancerArn", () => "gone")).toBe("<a><member><x>1</x></member></a>");
  });
});

describe("tagText and replaceTagText", () => {
  it("read and replace the first element of a name", () => {
    const xml = "<natGateway><state>available</state><x><state>other</state></x></natGateway>";
    expect(tagText(xml, "state")).toBe("available");
    expect(replaceTagText(xml, "state", "pending")).toBe("<natGateway><state>pending</state><x><state>other</state></x></natGateway>");
    expect(tagText(xml, "missing")).toBeUndefined();
  });
});

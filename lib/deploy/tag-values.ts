/**
 * Tag text each service accepts (docs/aws-facts.md §13.2). EC2 takes any Unicode in a
 * tag (keys ≤ 128, values ≤ 256 characters); ELBv2 only letters, digits and spaces of any
 * script plus `_.:/=+-@`. A design name such as "KTB 실습 #1 (Kim's lab)" is fine for EC2 and
 * refused by ELBv2 half-way through a deploy, so every tag the app writes passes through the
 * function for its service.
 */
export const ELB_TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

const ELB_TAG_CHAR = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;

/** Cuts to `max` characters (code points: AWS counts characters, and a cut never splits one). */
function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

/**
 * An EC2 tag value: any text, at most 256 characters.
 *
 * @example ec2TagValue("KTB 실습 #1 (Kim's lab)") // "KTB 실습 #1 (Kim's lab)"
 */
export function ec2TagValue(text: string): string {
  return truncate(text, 256);
}

/**
 * An ELBv2 tag value: any whitespace becomes a space, characters ELBv2 refuses are dropped,
 * runs of spaces collapse, at most 256 characters. Korean and other letters stay.
 *
 * @example elbTagValue("KTB 실습 #1 (Kim's lab)") // "KTB 실습 1 Kims lab"
 */
export function elbTagValue(text: string): string {
  const kept = [...text.replace(/\s/gu, " ")].filter((char) => ELB_TAG_CHAR.test(char)).join("");
  return truncate(kept.replace(/\p{Z}+/gu, " ").trim(), 256);
}

/** True when ELBv2 accepts `text` as a tag value (the sandbox refuses anything else). */
export function isElbTagText(text: string, max = 256): boolean {
  return ELB_TAG_PATTERN.test(text) && [...text].length <= max;
}

/**
 * The characters EC2 accepts in security group names, group descriptions and rule
 * descriptions (docs/aws-facts.md §13.1): ASCII letters and digits, the space,
 * and `._-:/()#,@[]+=&;{}!$*`, at most 255 of them. Anything else (Korean, an apostrophe, an
 * em dash) fails with InvalidParameterValue. Shared by the validator and the sandbox, so both
 * refuse exactly the same text.
 */
export const SECURITY_GROUP_TEXT_ALLOWED = "a-z A-Z 0-9 space ._-:/()#,@[]+=&;{}!$*";
export const SECURITY_GROUP_TEXT_MAX = 255;

const ALLOWED_CHAR = /[A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]/u;

/**
 * The distinct characters of `text` EC2 refuses, in order of first appearance.
 *
 * @example disallowedSecurityGroupChars("웹 서버's") // ["웹", "서", "버", "'"]
 */
export function disallowedSecurityGroupChars(text: string): string[] {
  const bad: string[] = [];
  for (const char of text) {
    if (!ALLOWED_CHAR.test(char) && !bad.includes(char)) bad.push(char);
  }
  return bad;
}

/** True when EC2 accepts `text` as a group name, group description or rule description. */
export function isSecurityGroupText(text: string): boolean {
  return [...text].length <= SECURITY_GROUP_TEXT_MAX && disallowedSecurityGroupChars(text).length === 0;
}

/** True when `text` has a character outside ASCII (EC2 words that refusal differently). */
export function hasNonAscii(text: string): boolean {
  return /[^\x00-\x7f]/.test(text);
}

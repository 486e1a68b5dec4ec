/**
 * Korean particles that depend on the word before them: 이/가, 을/를, 은/는, 과/와 follow
 * whether the last syllable ends in a consonant (받침), and 으로/로 too, except that a final
 * ㄹ takes 로. Names in this app are mostly Latin ("lab-sg", "web-a", "subnet-1"), so a word
 * ending in a letter or digit is judged by how Koreans read it aloud: digits in Sino-Korean
 * (영, 일, 이, 삼 …) and letters by their names (엘, 엠, 엔, 알 end in a consonant; 에이, 비,
 * 씨 … do not). Closing quotes and brackets are skipped ("“lab-sg”" reads as "lab-sg").
 */

export type ParticlePair = "이/가" | "을/를" | "은/는" | "과/와" | "으로/로";

/** How a word ends when read aloud: in no consonant, in ㄹ, or in another consonant. */
export type Ending = "vowel" | "rieul" | "consonant";

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Final-consonant index of ㄹ in a precomposed Hangul syllable. */
const RIEUL = 8;

/** 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGITS: Record<string, Ending> = { "0": "consonant", "1": "rieul", "2": "vowel", "3": "consonant", "4": "vowel", "5": "vowel", "6": "consonant", "7": "rieul", "8": "rieul", "9": "vowel" };
/** Letter names: 엘 and 알 end in ㄹ; 엠, 엔 in another consonant; the rest (에이, 비, 씨, 디 …, 제트 read 지) in a vowel. */
const LETTERS: Record<string, Ending> = { l: "rieul", r: "rieul", m: "consonant", n: "consonant" };

/**
 * How `word` ends when read in Korean, or undefined when it cannot tell (empty, another script).
 *
 * @example endingOf("서브넷") === "consonant"; endingOf("lab-sg") === "vowel"; endingOf("subnet-1") === "rieul"
 */
export function endingOf(word: string): Ending | undefined {
  // Closing quotes and brackets do not count; anything else that is not a letter or digit (an ellipsis, a space) means "cannot tell".
  const last = [...word.replace(/["'”’」』》〉)\]}>]+$/u, "")].pop();
  if (!last || !/[\p{L}\p{N}]/u.test(last)) return undefined;
  const code = last.codePointAt(0)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    return final === 0 ? "vowel" : final === RIEUL ? "rieul" : "consonant";
  }
  if (DIGITS[last]) return DIGITS[last];
  if (/[a-z]/i.test(last)) return LETTERS[last.toLowerCase()] ?? "vowel";
  return undefined;
}

/**
 * The form of `pair` that follows `word`: the first form after a consonant, the second after
 * a vowel (for 으로/로, ㄹ counts as a vowel). Both forms, "이(가)", when it cannot tell.
 *
 * @example particle("lab-sg", "이/가") === "가"; particle("web-a", "을/를") === "를"; particle("vpc-main", "은/는") === "은"; particle("subnet-1", "으로/로") === "로"; particle("rtb-1 (public-rt)", "이/가") === "이"
 */
export function particle(word: string, pair: ParticlePair): string {
  const [withConsonant, withVowel] = pair.split("/") as [string, string];
  // A gloss in parentheses does not count: "rtb-1 (public-rt)" takes the particle of "rtb-1".
  const ending = endingOf(wordBefore(word).trimEnd()) ?? endingOf(word);
  if (!ending) return pair === "으로/로" ? "(으)로" : `${withConsonant}(${withVowel})`;
  if (pair === "으로/로") return ending === "consonant" ? withConsonant : withVowel;
  return ending === "vowel" ? withVowel : withConsonant;
}

/** Argument-name suffix of each pair in the catalogues: `{name}{name_iga}` reads "lab-sg가". */
export const PARTICLE_SUFFIXES: Record<ParticlePair, string> = { "이/가": "iga", "을/를": "eulreul", "은/는": "eunneun", "과/와": "gwawa", "으로/로": "euro" };

/**
 * The message values plus, for each text or number value `x`, the particles that follow it
 * as `x_iga`, `x_eulreul`, `x_eunneun`, `x_gwawa` and `x_euro`. Korean messages place them
 * as ordinary ICU arguments ("{name}{name_iga} 없습니다"); other languages ignore them.
 *
 * @example withParticles({ name: "lab-sg" }).name_iga === "가"
 */
export function withParticles<T extends Record<string, unknown>>(values: T): T & Record<string, string> {
  const out: Record<string, unknown> = { ...values };
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    for (const [pair, suffix] of Object.entries(PARTICLE_SUFFIXES)) out[`${key}_${suffix}`] ??= particle(String(value), pair as ParticlePair);
  }
  return out as T & Record<string, string>;
}

const MARKERS: Record<string, ParticlePair> = { "이(가)": "이/가", "을(를)": "을/를", "은(는)": "은/는", "와(과)": "과/와", "과(와)": "과/와", "(으)로": "으로/로" };
const MARKER = /이\(가\)|을\(를\)|은\(는\)|와\(과\)|과\(와\)|\(으\)로/g;

/** The text before a particle with a closing parenthetical removed: the particle agrees with the word outside it. */
function wordBefore(text: string): string {
  if (!text.endsWith(")")) return text;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) return text.slice(0, i);
  }
  return text;
}

/**
 * Replaces the both-forms markers of a filled-in Korean sentence ("이(가)", "을(를)", "은(는)",
 * "와(과)", "(으)로") by the form the word before each one takes; for templates that are not
 * ICU messages (lib/rules, lib/reach), after their values are in. A marker after nothing it
 * can read stays as it is.
 *
 * @example resolveParticles("보안 그룹 lab-sg이(가) 포트 80을(를) 엽니다") === "보안 그룹 lab-sg가 포트 80을 엽니다"
 */
export function resolveParticles(text: string): string {
  return text.replace(MARKER, (marker, offset: number) => {
    const word = wordBefore(text.slice(0, offset));
    return endingOf(word) ? particle(word, MARKERS[marker]!) : marker;
  });
}

import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Import boundaries (STYLE.md §1): lib/ is pure, components/ never reach the server, and the
// AWS SDK lives only in server/.
const awsSdk = { group: ["@aws-sdk/*", "@smithy/*"], message: "The AWS SDK belongs in server/ only." };
const serverCode = { group: ["@/server/*", "**/server/*", "../server/*", "../../server/*", "../../../server/*"], message: "Client code calls server actions in app/, never server/ directly." };

const config = [
  {
    ignores: ["node_modules/**", ".next*/**", ".venv/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "lib/ is pure: no React." },
            { name: "react-dom", message: "lib/ is pure: no React." },
            { name: "better-sqlite3", message: "lib/ does no I/O." },
          ],
          patterns: [
            awsSdk,
            serverCode,
            { group: ["next", "next/*", "@xyflow/*", "zustand", "zustand/*", "node:*"], message: "lib/ is pure: no framework or I/O imports." },
            { group: ["**/components/*", "**/app/*", "@/components/*", "@/app/*"], message: "lib/ depends on nothing above it." },
          ],
        },
      ],
    },
  },
  {
    // Tests of lib/ may read golden files and run checkers (node:*); the code they test stays pure.
    files: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [awsSdk, serverCode, { group: ["next", "next/*", "@xyflow/*", "zustand", "zustand/*"], message: "lib/ is pure: no framework imports." }] }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [awsSdk, serverCode, { group: ["better-sqlite3", "node:*"], message: "components/ run in the browser." }] }],
    },
  },
  {
    // One AWS boundary (docs/ARCHITECTURE.md): only server/aws talks to AWS, and the sandbox
    // emulates it. Everything else on the server goes through the port, the providers and the
    // inventory. Tests, harnesses and benchmarks may use the SDK to look at the sandbox directly.
    files: ["server/**/*.ts", "app/**/*.{ts,tsx}", "instrumentation.ts"],
    ignores: ["server/aws/**", "server/sandbox/**", "server/testing/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@aws-sdk/*", "@smithy/*"], message: "AWS calls belong in server/aws (port, providers, inventory)." }] }],
    },
  },
  {
    // Every user-visible string goes through the message catalogues (next-intl); only symbols
    // may be written inline. Attribute literals (title, aria-label…) are checked by
    // components/i18n/no-literals.test.ts.
    files: ["components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: ["×", "—", "·", "/", "→", "+", ":"] }],
    },
  },
];

export default config;

import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Links prefetch on intent only (components/link.tsx); Next's own Link prefetches every link in view.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use { Link } from @/components/link (prefetch on intent)." }] },
      ],
    },
  },
  // Playwright's fixtures hand over their value by calling `use`, which is no React hook.
  { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;

// ESLint: TypeScript with type information, React hooks, and the dependency direction of
// ARCHITECTURE.md enforced by import-x `no-restricted-paths`:
//   utils → lib → components/ui → content-model → study → components/question → features → app
// A feature never imports another feature; routes in src/app combine them.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = (() => {
  try {
    return readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
})();

/** Each layer may import only from the layers before it. */
const layers = ['src/utils', 'src/lib', 'src/components/ui', 'src/content-model', 'src/study', 'src/components/question', 'src/features', 'src/app'];
const layerZones = layers.flatMap((target, i) =>
  layers.slice(i + 1).map((from) => ({
    target: `./${target}`,
    from: `./${from}`,
    message: `${target} sits below ${from}: dependencies point utils → lib → ui → content-model → study → question → features → app.`,
  })),
);
const featureZones = features.flatMap((f) =>
  features
    .filter((g) => g !== f)
    .map((g) => ({
      target: `./src/features/${f}`,
      from: `./src/features/${g}`,
      message: 'Features do not import each other; combine them in a route (src/app).',
    })),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.scratch/**', '.scratch-*', '.bench/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Use the seeded RNG in src/utils/random.ts so that sessions replay.',
        },
      ],
    },
  },
  {
    // Tests and scripts may use anything, including Math.random for fuzzing seeds.
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['eslint.config.js', 'scripts/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

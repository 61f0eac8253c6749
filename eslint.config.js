import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/**
 * The layers of src/ and the layers each may import from (besides itself). Imports are checked
 * on the resolved file, so `@main/x`, `../main/x` and `../../../main/x` are all the same import:
 * the rule holds at any depth. A layer missing from a list may not be imported by that layer.
 */
export const LAYERS = {
  shared: [],
  readers: ['shared'],
  node: ['shared'],
  cli: ['shared', 'readers', 'node'],
  main: ['shared', 'node'],
  preload: ['shared'],
  renderer: ['shared', 'readers'],
};

const layerZones = Object.entries(LAYERS).map(([layer, allowed]) => {
  const others = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  const may = allowed.length > 0 ? `only src/${allowed.join(', src/')} and itself` : 'only itself';
  return {
    target: `./src/${layer}`,
    from: others.map((other) => `./src/${other}`),
    message: `src/${layer} may import ${may} (layers: eslint.config.js LAYERS, docs/ARCHITECTURE.md).`,
  };
});

const UI_AND_STORAGE = [
  'react',
  'react-dom',
  'react-dom/*',
  'dexie',
  'dexie-react-hooks',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  '@testing-library/*',
  'dompurify',
];
const DOCUMENT_LIBRARIES = [
  'pdfjs-dist',
  'pdfjs-dist/*',
  '@kenjiuno/msgreader',
  'postal-mime',
  'mammoth',
  'exceljs',
  'pkijs',
  'asn1js',
  'pdf-lib',
];

/** `no-restricted-imports` for a layer: packages it may not use, with the reason. */
function bannedPackages(groups) {
  return ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }];
}

/** Globals of Node, browsers and workers that are not ECMAScript: none may appear in src/shared. */
const ecmaScript = new Set(Object.keys(globals.es2025));
const platformGlobals = [
  ...new Set([...Object.keys(globals.node), ...Object.keys(globals.browser), ...Object.keys(globals.worker)]),
].filter((name) => !ecmaScript.has(name));
const NODE_ONLY_GLOBALS = [
  'Buffer',
  'process',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
  'clearImmediate',
];
const BROWSER_ONLY_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB'];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'resources/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.shared.json',
          './tsconfig.readers.json',
          './tsconfig.main.json',
          './tsconfig.preload.json',
          './tsconfig.cli.json',
          './tsconfig.node.json',
          './tsconfig.web.json',
          './tsconfig.test.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { project: null, program: null } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Layers as zones: every import in src/ is resolved (tsconfig paths included) and checked.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.base.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...layerZones,
            // test/support holds the test helpers: for tests only, never for the app.
            { target: './src/**/!(*.test).{ts,tsx}', from: ['./test/**'], message: 'test/support is for tests (*.test.ts) only.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ is pure: data in, data out, no platform (its tests import only what it may).
    files: ['src/shared/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': bannedPackages([
        [
          ['electron', ...UI_AND_STORAGE, ...DOCUMENT_LIBRARIES],
          'src/shared is pure TypeScript: no platform, UI, storage or document-reading libraries.',
        ],
      ]),
    },
  },
  {
    // Its tests run in Node and may compare with the platform (crypto, TextEncoder, performance).
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...platformGlobals.map((name) => ({
          name,
          message: `src/shared is pure: no Node or browser globals (${name}); take it as a parameter from the edge.`,
        })),
      ],
    },
  },
  {
    // readers run in Node (check, tests) and in a Web Worker (the app): Node only in node.ts.
    files: ['src/readers/**/*.ts'],
    ignores: ['src/readers/node.ts', 'src/readers/node-polyfills.ts', 'src/readers/**/*.test.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': bannedPackages([
        [['electron', ...UI_AND_STORAGE], 'src/readers turn bytes into documents: no Electron, UI or storage.'],
      ]),
      'no-restricted-globals': [
        'error',
        ...[...NODE_ONLY_GLOBALS, ...BROWSER_ONLY_GLOBALS].map((name) => ({
          name,
          message: `src/readers also run in a Web Worker and in Node: no ${name} outside readers/node.ts.`,
        })),
      ],
    },
  },
  {
    files: ['src/node/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': bannedPackages([
        [['electron', ...UI_AND_STORAGE], 'src/node and src/cli run in plain Node: no Electron, UI or storage.'],
      ]),
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': bannedPackages([
        [
          [...UI_AND_STORAGE, ...DOCUMENT_LIBRARIES],
          'main never runs UI, storage or document readers: the renderer does, behind its bridge.',
        ],
      ]),
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS],
    },
  },
  {
    // The preload runs sandboxed: electron and the shared contract, nothing else.
    files: ['src/preload/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': bannedPackages([[[...UI_AND_STORAGE, ...DOCUMENT_LIBRARIES], 'the preload exposes the contract only.']]),
      // A sandboxed preload still has process (argv) and a limited require.
      'no-restricted-globals': [
        'error',
        ...NODE_ONLY_GLOBALS.filter((name) => !['process', 'require', 'module', 'exports'].includes(name)),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': bannedPackages([[['electron'], 'the renderer reaches main only through its bridge.']]),
      'no-restricted-globals': [
        'error',
        ...NODE_ONLY_GLOBALS.map((name) => ({ name, message: `the renderer runs in a browser: no ${name}.` })),
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  // The explorer's page lives with its code; the built graph is served (and copied into dist/) as static data.
  root: here('src/web'),
  // Relative asset URLs: the built site works from any folder of any static file server.
  base: './',
  publicDir: here('graph'),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: here('dist'), emptyOutDir: true },
  test: {
    root: here('.'),
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config'

/** The browser lane: the real server serving the H5 build, driven in Debian's Chromium, one file at a time. */
export default defineConfig({
  test: {
    root: __dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    globals: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})

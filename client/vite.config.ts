import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The shared vocabulary is consumed as source so the browser and the server read the same lists.
const sharedEntry = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@securebase/shared': sharedEntry },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    port: 4173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Left to the default heuristics, small modules the caseload needs (the vocabulary,
          // VisuallyHidden) were merged with dropdown positioning, which then loaded with the
          // caseload. Both get chunks of their own; positioning loads with the forms.
          groups: [
            // Questionnaire definitions and scoring load only with the pages that use them (an
            // earlier group wins), not with the vocabulary the caseload needs.
            { name: 'instruments', test: /shared[\\/]src[\\/]instruments[\\/]/ },
            { name: 'vocabulary', test: /shared[\\/]src[\\/]/ },
            {
              name: 'floating',
              test: /node_modules[\\/]@floating-ui[\\/]/,
              // Only these modules: their dependencies (React, Mantine's core) stay where they were.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The shared vocabulary is consumed as source so the browser and the server read the same lists.
const sharedEntry = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

/**
 * In development, `/q/<token>` opens the client's questionnaire page (q.html), as the server does in
 * production; every other page address is the clinician app's.
 */
const questionnairePages: Plugin = {
  name: 'questionnaire-pages',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.startsWith('/q/')) req.url = '/q.html';
      next();
    });
  },
};

export default defineConfig({
  plugins: [react(), questionnairePages],
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
      // Two pages: the clinician app, and the client's questionnaire page, which shares no code with it
      // beyond the questionnaire definitions (its weight is measured by bench/questionnaire-page.ts).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        q: fileURLToPath(new URL('q.html', import.meta.url)),
      },
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

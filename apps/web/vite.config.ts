import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { reactRouter } from '@react-router/dev/vite';
import { defineConfig, minify, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

const STANDALONE = '?standalone';

/**
 * `import src from './x.ts?standalone'` gives the address of x.ts compiled alone (no imports, no framework)
 * and minified into `assets/x-<hash>.js`. Public pages use it for small enhancements (the métier
 * autocomplete) without hydrating React. The name hashes the output, so the server and client builds agree
 * on it and it can be cached forever. In development the dev server serves and transforms the source.
 */
function standaloneScripts(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'passerelles:standalone-scripts',
    configResolved(resolved) {
      config = resolved;
    },
    async load(id) {
      if (!id.endsWith(STANDALONE)) return null;
      const file = id.slice(0, -STANDALONE.length);
      this.addWatchFile(file);
      if (config.command === 'serve') return `export default ${JSON.stringify(`/${relative(config.root, file)}`)};`;
      const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
      const min = await minify(file.replace(/\.ts$/, '.js'), code, { module: true, compress: true, mangle: true });
      if (min.errors.length) throw new Error(`${file}: ${min.errors.map((e) => e.message).join('; ')}`);
      const hash = createHash('sha256').update(min.code).digest('base64url').slice(0, 8);
      const fileName = `assets/${basename(file, '.ts')}-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source: min.code });
      return `export default ${JSON.stringify(config.base + fileName)};`;
    },
  };
}

export default defineConfig({
  plugins: [standaloneScripts(), reactRouter()],
  // Workspace packages ship TypeScript sources: bundle them into the server build.
  ssr: { noExternal: [/^@passerelles\//] },
});

// `npm run sla`: runs the `sla` command as compiled JavaScript. The command is bundled once with
// esbuild into node_modules/.cache/klok/ and again only when a source file is newer than the
// bundle, so a batch pays neither TypeScript compilation nor tsx's loader at run time.
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules', '.cache', 'klok', 'sla.mjs');

/** The newest modification time of the files under `dir`, in milliseconds. */
function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestIn(join(root, 'src-shared')), newestIn(join(root, 'src-main', 'cli')), statSync(join(root, 'package-lock.json')).mtimeMs);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'src-main', 'cli', 'sla.ts')],
    // Written beside and renamed into place: a second command starting meanwhile never reads half a file.
    outfile: `${bundle}.${process.pid}.tmp`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'error',
    // date-holidays and friends are CommonJS: give the ES module bundle a require().
    banner: { js: "import { createRequire as __klokRequire } from 'node:module'; const require = __klokRequire(import.meta.url);" },
  });
  renameSync(`${bundle}.${process.pid}.tmp`, bundle);
}
await import(pathToFileURL(bundle).href);

// npm run build (and prepack): the TypeScript compiler, twice, into a clean dist/.
//   dist/esm  ES modules and their declarations (tsconfig.json)
//   dist/cjs  CommonJS and their declarations (tsconfig.cjs.json), marked {"type":"commonjs"} so that Node runs the
//             .js files and TypeScript reads the .d.ts files as CommonJS
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const sdk = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
for (const project of ['tsconfig.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', project], { cwd: sdk, stdio: 'inherit' });
}
writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), `${JSON.stringify({ type: 'commonjs' })}\n`);

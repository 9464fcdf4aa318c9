// npm start: builds the bundle, serves the demo article and rebuilds when the source changes.
import { execSync } from 'node:child_process';
import { watch } from 'rollup';
import { startDevServer } from '@web/dev-server';
import config from '../rollup.config.mjs';

execSync('npx lit-localize build', { stdio: 'inherit' });

const port = Number(process.env.PORT ?? 8000);
const watcher = watch(config.map((entry) => ({ ...entry, watch: { clearScreen: false, include: 'src/**' } })));
watcher.on('event', (event) => {
  if (event.code === 'ERROR') console.error(`Build failed: ${event.error.message}`);
  if (event.code === 'END') console.log(`Rebuilt dist/ at ${new Date().toLocaleTimeString()}`);
  if ('result' in event && event.result) event.result.close();
});

await startDevServer({
  config: { rootDir: '.', hostname: 'localhost', port, watch: true },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nThe demo article: http://localhost:${port}/demo/\n`);

// node bench/profile.mjs [rate] [path]: where the demo's long tasks go. Loads the page (after `npm run
// build`) in headless Chromium at 375×812 with the CPU slowed `rate` times (default 4), records a
// trace, and prints every main-thread task over 15 ms with the trace events that fill it (module
// evaluation, microtasks, style, layout…). For reading, not measuring: `npm run bench` measures.
import { startDevServer } from '@web/dev-server';
import { launchChromium } from '../scripts/chromium.mjs';

const rate = Number(process.argv[2] ?? 4);
const path = process.argv[3] ?? '/demo/';
const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await launchChromium();

async function load(record) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 375, height: 812, isMobile: true, hasTouch: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (record) await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
    await page.goto(origin + path, { waitUntil: 'load' });
    await new Promise((done) => setTimeout(done, 3000));
    return record ? JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents : null;
  } finally {
    await context.close();
  }
}

try {
  await load(false); // the dev server reads and caches files on first request
  const events = await load(true);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const parsed = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(path) && mains.has(`${e.pid}:${e.tid}`));
  const thread = events.filter((e) => e.pid === parsed.pid && e.tid === parsed.tid && e.ph === 'X');
  const tasks = thread.filter((e) => /(^|::)RunTask$/.test(e.name) && String(e.cat).includes('toplevel') && e.dur > 15000).sort((a, b) => a.ts - b.ts);
  console.log(`${origin}${path} at ${rate}× CPU: tasks over 15 ms, ms from the first one`);
  for (const task of tasks) {
    const inside = new Map();
    for (const e of thread) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      const name = [e.name, e.args?.data?.url?.replace(origin, ''), e.args?.data?.functionName].filter(Boolean).join(' ');
      inside.set(name, (inside.get(name) ?? 0) + e.dur);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(`\n${(task.dur / 1000).toFixed(1).padStart(6)} ms at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)}`);
    for (const [name, dur] of top) console.log(`${(dur / 1000).toFixed(1).padStart(12)}  ${name}`);
  }
} finally {
  await browser.close();
  await server.stop();
}

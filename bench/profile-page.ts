// Profiles the content script on a fixture page in Chromium (CPU profile of the page's main thread, self time by
// function). For development: build with `TANYS_NO_MINIFY=1 npx wxt build` first so names are readable.
//   npx tsx bench/profile-page.ts [kazinform|long]
import { launch, startServer, type PageName } from '../tests/e2e/harness';

const name = (process.argv[2] ?? 'long') as PageName;
const server = await startServer();
const { browser, close } = await launch('chromium');
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(name), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-1)[0]}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0));
  });
  // busy stretches (consecutive samples outside idle) over 30 ms, with what they spent most on
  let run: { start: number; ms: number; fns: Map<string, number> } | null = null;
  let t = 0;
  const runs: { start: number; ms: number; fns: Map<string, number> }[] = [];
  (profile.samples ?? []).forEach((id, i) => {
    const d = deltas[i] ?? 0;
    t += d;
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') {
      if (run && run.ms > 30) runs.push(run);
      run = null;
      return;
    }
    run ??= { start: t, ms: 0, fns: new Map() };
    run.ms += d / 1000;
    const key = `${f.functionName || '(anon)'}:${f.lineNumber + 1}`;
    run.fns.set(key, (run.fns.get(key) ?? 0) + d / 1000);
  });
  for (const r of runs)
    console.log(`busy ${r.ms.toFixed(0)} ms at ${(r.start / 1000).toFixed(0)} ms: ${[...r.fns].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  const rows = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((a, [, v]) => a + v, 0);
  console.log(`${name}: ${(total / 1000).toFixed(0)} ms sampled in JS and GC (idle and (program) left out)`);
  for (const [k, v] of rows.slice(0, 30)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await close();
  await server.close();
}

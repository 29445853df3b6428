// npm run bench:browser — only the real-browser part of the benchmark (needs a build and Chromium).
import { runBrowserBench } from './browser';

// TANYS_BENCH_RUNS=9 for more loads per page; TANYS_BENCH_PAGES=long for one page
const runs = Number(process.env.TANYS_BENCH_RUNS ?? 5);
const pages = (process.env.TANYS_BENCH_PAGES ?? 'kazinform,long').split(',') as ('kazinform' | 'long')[];
await runBrowserBench(runs, pages);

// npm run bench:browser — only the real-browser part of the benchmark (needs a build and Chromium).
import { runBrowserBench } from './browser';

await runBrowserBench(5);

// Loads the compiled gazetteer from the extension's own files (public/data/, copied into the build). Used by the
// background and the extension pages; content scripts ask the background instead (no web-accessible files).

/** The text of a packaged data file, given the URL the browser API resolved for it. */
export async function loadPackaged(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot read ${url}: ${res.status}`);
  return res.text();
}

/** The bytes of a packaged file. */
export async function loadPackagedBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot read ${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

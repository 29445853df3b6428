// A reader that stops reading early (`tanys lookup x | head -1`, `npm run stats | head`) is no error: the command
// ends quietly, without an EPIPE stack trace. Any other error on stdout is thrown.
export function endQuietlyWhenReaderStops(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

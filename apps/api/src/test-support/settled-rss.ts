/**
 * The server's RSS once it stops moving (1 s within 8 MB; 20 s at most). On Node 24, V8 recompiles
 * PGlite's WebAssembly with its optimising tier in the background for a second or two after the server
 * answers, and that compiler's memory (up to ~500 MB, released when it finishes) is start-up, not attack.
 */
export async function settledRss(server: { rss(): number }): Promise<number> {
  const MB = 2 ** 20;
  const deadline = Date.now() + 20_000;
  const recent: number[] = [];
  for (;;) {
    recent.push(server.rss());
    if (recent.length > 5) recent.shift();
    const settled = recent.length === 5 && Math.max(...recent) - Math.min(...recent) <= 8 * MB;
    if (settled || Date.now() > deadline) return recent.at(-1)!;
    await new Promise((r) => setTimeout(r, 250));
  }
}

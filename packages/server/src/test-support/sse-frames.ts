export interface SseFrame {
  event: string | null;
  id: string | null;
  data: string;
}

/**
 * Reads an SSE response frame by frame until `done` says stop (or the stream ends), then aborts it.
 * tRPC answers a subscription with 200 and sends a failure in the stream as a `serialized-error` frame.
 */
export async function readFrames(
  res: Response,
  done: (frames: SseFrame[]) => boolean,
  abort: () => void,
): Promise<SseFrame[]> {
  const frames: SseFrame[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        frames.push(parseFrame(buffer.slice(0, end)));
        buffer = buffer.slice(end + 2);
      }
      if (done(frames)) break;
    }
  } finally {
    abort();
  }
  return frames;
}

function parseFrame(text: string): SseFrame {
  const frame: SseFrame = { event: null, id: null, data: '' };
  for (const line of text.split('\n')) {
    const i = line.indexOf(':');
    if (i <= 0) continue; // comments (pings) and blank lines
    const [field, value] = [line.slice(0, i), line.slice(i + 1).replace(/^ /, '')];
    if (field === 'event') frame.event = value;
    else if (field === 'id') frame.id = value;
    else if (field === 'data') frame.data += frame.data ? `\n${value}` : value;
  }
  return frame;
}

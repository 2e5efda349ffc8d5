import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from './api-client.ts';

/** The answer fetch gives, for a request made through apiRequest. */
function answering(response: Response): void {
  vi.stubGlobal('fetch', async () => response);
}

async function refusal(): Promise<ApiError> {
  const error = await apiRequest('/api/items').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe('what a failed request is called', () => {
  it("a proxy's own page for 502, 503 or 504 is the gateway's answer, not the server's error", async () => {
    for (const status of [502, 503, 504]) {
      answering(new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status }));
      expect((await refusal()).code, String(status)).toBe('gateway');
    }
    answering(new Response('<html>oops</html>', { status: 500 }));
    expect((await refusal()).code).toBe('internal');
  });

  it("the server's own refusal keeps its code, whatever its status", async () => {
    const body = { error: { code: 'stream.limit_reached', message: 'Too many live connections.' } };
    answering(Response.json(body, { status: 503 }));
    expect((await refusal()).code).toBe('stream.limit_reached');
  });
});

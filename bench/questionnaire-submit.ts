import autocannon from 'autocannon';

/**
 * The client's submit route under load (issue 14: at least 200/s at 10 connections, no errors). A link takes one
 * submission, so the links are sent and verified first, outside the timing, and each request of the run answers
 * a link of its own: the figure is of the route itself (scoring, the one transaction, the row lock, the audit).
 */
export async function questionnaireSubmitThroughput(base: string, cookie: string, opts: { links: number; connections: number }) {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  const client = (await (
    await post('/api/clients', { firstName: 'Bench', lastName: 'Link', dateOfBirth: '1990-01-01', intakeDate: '2026-01-01' })
  ).json()) as { id: string };
  const prepared: { path: string; cookie: string }[] = [];
  const t0 = performance.now();
  for (let i = 0; i < opts.links; i++) {
    const sent = (await (await post(`/api/clients/${client.id}/invitations`, { instruments: ['phq9', 'gad7'] })).json()) as { url: string };
    const token = new URL(sent.url).pathname.split('/').pop()!;
    const verified = await fetch(`${base}/api/q/${token}/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dateOfBirth: '1990-01-01' }),
    });
    if (!verified.ok) throw new Error(`verify: ${verified.status}`);
    prepared.push({ path: `/api/q/${token}/responses`, cookie: verified.headers.get('set-cookie')!.split(';')[0] });
  }
  const setupSeconds = (performance.now() - t0) / 1000;
  const body = JSON.stringify({
    measures: [
      { instrument: 'phq9', responses: [1, 1, 0, 1, 0, 0, 1, 0, 0] },
      { instrument: 'gad7', responses: [1, 2, 1, 0, 1, 1, 0] },
    ],
  });
  let next = 0;
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon({
    url: base,
    connections: opts.connections,
    amount: prepared.length,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const link = prepared[next++ % prepared.length];
          return { ...req, path: link.path, body, headers: { ...req.headers, 'content-type': 'application/json', cookie: link.cookie } };
        },
        onResponse: () => {
          lastAnswer = performance.now();
        },
      },
    ],
  });
  // From the start to the last answer: autocannon reports (and resolves) only on its one-second tick, so its
  // own start and finish gave 3, 4 or 5 s for the same run of a few seconds, and rates of 200, 150 or 120/s.
  const seconds = (lastAnswer - started) / 1000;
  return {
    links: prepared.length,
    setupSeconds: Math.round(setupSeconds * 10) / 10,
    seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round((result['2xx'] / seconds) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

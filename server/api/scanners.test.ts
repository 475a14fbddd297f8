import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, json } from './test-app.js';

let api: Awaited<ReturnType<typeof createTestApi>>;
beforeAll(async () => (api = await createTestApi()));
afterAll(() => api.close());

const create = (body: unknown) => api.app.request('/api/scanners', json('POST', body));

describe('/api/scanners', () => {
  it('creates, reads, lists, updates and deletes a scanner', async () => {
    const created = await create({ name: ' RSI dip ', source: 'return { match: rsi(14) < 30 }', category: 'momentum' });
    expect(created.status).toBe(201);
    const { scanner } = await created.json();
    expect(scanner).toMatchObject({
      name: 'RSI dip',
      description: '',
      category: 'momentum',
      deleted: false,
      createdAt: expect.any(Number)
    });

    expect(await (await api.app.request(`/api/scanners/${scanner.id}`)).json()).toEqual({ scanner });
    expect((await (await api.app.request('/api/scanners')).json()).scanners.map((s: { id: string }) => s.id)).toContain(
      scanner.id
    );

    const patched = await api.app.request(`/api/scanners/${scanner.id}`, json('PATCH', { description: 'oversold' }));
    expect(await patched.json()).toMatchObject({ scanner: { name: 'RSI dip', description: 'oversold' } });
    const put = await api.app.request(`/api/scanners/${scanner.id}`, json('PUT', { name: 'RSI dip 2', source: 'x' }));
    expect(await put.json()).toMatchObject({
      scanner: { name: 'RSI dip 2', source: 'x', description: '', category: '' }
    });

    expect((await api.app.request(`/api/scanners/${scanner.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api.app.request(`/api/scanners/${scanner.id}`)).status).toBe(404);
    expect((await api.app.request(`/api/scanners/${scanner.id}`, { method: 'DELETE' })).status).toBe(404);
    const synced = await (await api.app.request('/api/scanners?includeDeleted=true')).json();
    expect(synced.scanners.find((s: { id: string }) => s.id === scanner.id)).toMatchObject({ deleted: true });
  });

  it('answers 409 for a name already taken (case-insensitive), and frees the name of a deleted scanner', async () => {
    const { scanner } = await (await create({ name: 'Breakout', source: 'x' })).json();
    const clash = await create({ name: 'breakout', source: 'y' });
    expect(clash.status).toBe(409);
    expect(await clash.json()).toEqual({ error: { message: 'a scanner named "breakout" already exists' } });
    const other = await (await create({ name: 'Other', source: 'y' })).json();
    expect(
      (await api.app.request(`/api/scanners/${other.scanner.id}`, json('PATCH', { name: 'BREAKOUT' }))).status
    ).toBe(409);
    await api.app.request(`/api/scanners/${scanner.id}`, { method: 'DELETE' });
    expect((await create({ name: 'Breakout', source: 'z' })).status).toBe(201);
  });

  it('refuses a NUL character in any text field with a 400 naming the field, storing nothing', async () => {
    const before = (await (await api.app.request('/api/scanners')).json()).scanners.length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'Nul code', source: 'Filter = 1;\u0000 AddColumn("x", close)' }, 'source'],
      [{ name: 'Nul\u0000name', source: 'x' }, 'name'],
      [{ name: 'Nul description', source: 'x', description: 'a\u0000b' }, 'description']
    ];
    for (const [body, field] of cases) {
      const response = await create(body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toEqual({
        [field]: ['must not contain the NUL character (\\u0000)']
      });
    }
    expect((await (await api.app.request('/api/scanners')).json()).scanners).toHaveLength(before);
    const { scanner } = await (await create({ name: 'Clean', source: 'x' })).json();
    const patched = await api.app.request(`/api/scanners/${scanner.id}`, json('PATCH', { category: '\u0000' }));
    expect(await patched.json()).toMatchObject({ error: { fields: { category: [expect.stringContaining('NUL')] } } });
  });

  it('answers 400 with field messages for bad input', async () => {
    const response = await create({ name: '', source: 42, extra: true });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.fields).toMatchObject({
      name: ['a scanner needs a name'],
      source: [expect.any(String)],
      body: [expect.stringContaining('extra')]
    });
    expect((await create('{not json')).status).toBe(400);
    expect((await create({ name: 'x'.repeat(121), source: 'x' })).status).toBe(400);
    expect((await api.app.request('/api/scanners/none', json('PATCH', {}))).status).toBe(400);
    expect((await api.app.request('/api/scanners/none', json('PATCH', { name: 'n' }))).status).toBe(404);
    expect((await api.app.request('/api/scanners?updatedSince=yesterday')).status).toBe(400);
  });
});

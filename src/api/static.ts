import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { packageRoot } from '../paths.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Where the world outline comes from: world-atlas's 1:110m countries, served so the map needs no network. */
function atlasPath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  } catch {
    return null;
  }
}

/**
 * Serves the dashboard: the files directly in web/ (read once at start, so no request can name a
 * path outside it) and the world atlas at /atlas/countries-110m.json.
 */
export function registerStatic(app: FastifyInstance): void {
  const dir = join(packageRoot, 'web');
  const files = new Map<string, { body: Buffer; type: string }>();
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      const type = TYPES[extname(name)];
      if (type && /^[a-z0-9-]+\.[a-z]+$/.test(name)) files.set(name, { body: readFileSync(join(dir, name)), type });
    }
  }
  const atlas = atlasPath();
  const send = (name: string) => async (_req: unknown, reply: import('fastify').FastifyReply) => {
    const f = files.get(name);
    if (!f) return reply.code(404).send({ error: `dashboard file missing: web/${name}` });
    return reply.type(f.type).header('Cache-Control', 'no-cache').send(f.body);
  };
  app.get('/', send('index.html'));
  for (const name of files.keys()) if (name !== 'index.html') app.get(`/${name}`, send(name));
  app.get('/atlas/countries-110m.json', async (_req, reply) => {
    if (!atlas) return reply.code(404).send({ error: 'world-atlas is not installed: the map is unavailable' });
    return reply.type(TYPES['.json']).header('Cache-Control', 'max-age=86400').send(readFileSync(atlas));
  });
}

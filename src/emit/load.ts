/**
 * The emitter of a format for a command: JSON-LD's (and with it the HTML
 * renderer, html.ts) is imported only when asked for, so other runs start
 * without it.
 */
import type { OutputFormat } from './index.js';
import { jsonArray, lightEmitterFor, type EmitOptions, type Emitter } from './emitter.js';

export async function loadEmitter(format: OutputFormat, options: EmitOptions = {}): Promise<Emitter> {
  if (format !== 'jsonld') return lightEmitterFor(format, options);
  const { toJobPosting } = await import('./jsonld.js');
  return jsonArray(toJobPosting, 'jsonld');
}

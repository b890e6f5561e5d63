/**
 * The command line of an npm script (package.json), split for `spawn`: the service tests and the
 * memory bench start the process exactly as `npm start` does — same loader, same V8 and malloc flags.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..');

export interface NodeCommand {
  /** Variables the script sets before `node` (e.g. MALLOC_ARENA_MAX). */
  env: Record<string, string>;
  /** Everything after `node`: flags, then the entry file. */
  args: string[];
}

export function npmScriptCommand(script = 'start'): NodeCommand {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const line = pkg.scripts[script];
  if (!line) throw new Error(`package.json has no "${script}" script`);
  const words = line.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  if (words.shift() !== 'node') throw new Error(`"${script}" does not run node directly: ${line}`);
  return { env, args: words };
}

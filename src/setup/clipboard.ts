// Puts the public key line on the clipboard when a clipboard tool is here (argv, input on stdin, a timeout).
import { execa } from 'execa';
import { findTool } from '../fix/find-tool.js';

interface ClipboardTool {
  argv: string[];
  /** Only where it can work (a Wayland or X display). */
  when: (env: NodeJS.ProcessEnv, platform: NodeJS.Platform) => boolean;
}

const TOOLS: ClipboardTool[] = [
  { argv: ['pbcopy'], when: (_e, p) => p === 'darwin' },
  { argv: ['wl-copy'], when: (e) => Boolean(e.WAYLAND_DISPLAY) },
  { argv: ['xclip', '-selection', 'clipboard'], when: (e) => Boolean(e.DISPLAY) },
  { argv: ['xsel', '--clipboard', '--input'], when: (e) => Boolean(e.DISPLAY) },
  { argv: ['clip.exe'], when: (_e, p) => p === 'win32' || p === 'linux' },
];

/** The tool that took the text, or null when none is here or every one failed. */
export async function copyToClipboard(
  text: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<string | null> {
  for (const tool of TOOLS) {
    const [file, ...args] = tool.argv;
    if (file === undefined || !tool.when(env, platform) || (await findTool(file, env.PATH)) === null)
      continue;
    // xclip and wl-copy stay behind to serve the selection: do not wait on their output pipes.
    const r = await execa(file, args, {
      input: text,
      stdout: 'ignore',
      stderr: 'ignore',
      timeout: 3000,
      forceKillAfterDelay: 500,
      reject: false,
    });
    if (r.exitCode === 0) return file;
  }
  return null;
}

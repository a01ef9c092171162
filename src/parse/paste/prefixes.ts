// What tools and people put before each line of ssh's output: timestamps, log levels, CI markers, host labels,
// tool names. Each pattern removes one prefix; the paste reader peels them one at a time until a line is known.

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})?';
const DATE = '(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})';
const ZONE = '(?:Z|[+-]\\d{2}:?\\d{2}| ?UTC| ?GMT)?';

/** One prefix each, anchored at the start; the most specific first. */
export const PREFIXES: readonly RegExp[] = [
  // GitHub Actions / Azure `##[error]`, `::error::`; GitLab section markers.
  /^##\[\w+\]\s*/,
  /^::\w+(?: [^:]{0,200})?::\s*/,
  // ISO-8601 or date + time, as CI runners, journald and loggers print them.
  new RegExp(`^\\[?${DATE}[T ]${TIME}${ZONE}\\]?:?\\s+`),
  new RegExp(`^\\[?${DATE}[T ]${TIME}${ZONE}\\]?(?=[A-Za-z#[])`),
  // syslog: `Jan  2 03:04:05 host prog[123]: `.
  new RegExp(`^${MONTH} {1,2}\\d{1,2} ${TIME} \\S+ [\\w./@-]{1,64}(?:\\[\\d+\\])?: `),
  new RegExp(`^${MONTH} {1,2}\\d{1,2},? (?:\\d{4} )?${TIME}\\s+`),
  // pssh: `[1] 12:00:01 [FAILURE] host Exited with error code 255`, then `Stderr: ...`.
  /^\[\d+\] \d{2}:\d{2}:\d{2} \[(?:FAILURE|SUCCESS)\] \S+\s*/,
  // Ansible: `host | FAILED! => {`, `fatal: [host]: UNREACHABLE! => {"msg": ...`.
  /^(?:fatal|failed|ok|changed): \[[^\]]{1,200}\]:? (?:\w+! )?=>\s*/,
  /^\S{1,200} \| (?:FAILED!|UNREACHABLE!|SUCCESS|CHANGED)(?: \| rc=-?\d+)?(?: >>| =>)?\s*/,
  // A JSON or YAML key before a string: `"msg": "`, `stderr: |`, `- "`.
  /^[{[]?\s*"[\w.-]{1,40}"\s*:\s*\[?\s*"?/,
  // A time, bracketed or not, with milliseconds and a stream: `[12:00:01.123] stderr> `, `12:00:01 `.
  new RegExp(`^\\[${TIME}\\]\\s*`),
  new RegExp(`^${TIME}${ZONE}\\s+`),
  /^(?:stderr|stdout|err|out)\s*[>|:]\s*/i,
  // `[TRACE   ]`, `[ERROR]`, `[host]`, `[1]`: a bracketed label.
  /^\[[^\]\n]{1,60}\]:?\s*/,
  /^<\d{1,3}>\s*/,
  // `ERROR:`, `E `, `W/`: a level word.
  /^(?:TRACE|DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|ERR|FATAL|CRIT(?:ICAL)?)\b\s*[:|>-]?\s*/,
  // `tool: `, `tool[123]: `, `host: `: a tool or host name with a colon.
  /^[\w.@/-]{1,64}(?:\[\d+\])?:\s+/,
  // `Stderr: `, `Output: ` and other capitalised labels.
  /^[A-Z][\w ]{0,30}:\s+/,
  /^[ \t]+/,
];

/** The line without its first known prefix, or null when none applies. */
export function peelPrefix(text: string): string | null {
  for (const re of PREFIXES) {
    const m = re.exec(text);
    if (m && m[0].length > 0 && m[0].length < text.length) return text.slice(m[0].length);
  }
  return null;
}

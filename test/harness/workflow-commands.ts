/** Parsers for what the runner reads from an action: stdout workflow commands and file commands. */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Parses one stdout line; undefined when it is not a `::command …::message` line. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const m = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/s.exec(line);
  if (!m) return undefined;
  const properties: Record<string, string> = {};
  const props = (m[2] ?? '').trim();
  if (props !== '') {
    for (const part of props.split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
  }
  return { command: m[1] as string, properties, message: unescapeData(m[3] ?? '') };
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name<<DELIM\nvalue\nDELIM` blocks
 * (what @actions/core writes) and plain `name=value` lines.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] as string);
      if (i >= lines.length) throw new Error(`file command '${name}': delimiter ${delimiter} never closed`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`file command line is neither name=value nor a heredoc: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

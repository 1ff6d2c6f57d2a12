// A minimal Language Server Protocol client over stdio (Content-Length framing, JSON-RPC 2.0): enough
// to drive yaml-language-server the way an editor does.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';

export interface LspMessage {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export class LspClient {
  private readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly pending = new Map<number, (m: LspMessage) => void>();
  private readonly listeners: Array<(m: LspMessage) => void> = [];
  stderr = '';

  /** `settings` answers every `workspace/configuration` request for the `yaml` section. */
  constructor(
    command: string,
    args: string[],
    private readonly settings: Record<string, unknown>,
  ) {
    this.proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.proc.stdout.on('data', (d: Buffer) => this.receive(d));
  }

  request(method: string, params: unknown): Promise<LspMessage> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first notification `method` for which `accept` holds, or undefined after `ms`. */
  waitFor(method: string, accept: (params: unknown) => boolean, ms: number): Promise<unknown> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), ms);
      this.listeners.push((m) => {
        if (m.method === method && accept(m.params)) {
          clearTimeout(timer);
          resolve(m.params);
        }
      });
    });
  }

  async close(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    this.proc.stdin.end();
    if (this.proc.exitCode === null) await new Promise((r) => this.proc.once('exit', r));
  }

  private send(message: LspMessage): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as LspMessage;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: LspMessage): void {
    if (m.id !== undefined && m.method !== undefined) {
      // A request from the server: configuration gets the settings, anything else (capability
      // registration, progress tokens) a plain acknowledgement.
      const items = (m.params as { items?: Array<{ section?: string }> } | undefined)?.items;
      const result = m.method === 'workspace/configuration' ? (items ?? []).map((i) => (i.section === 'yaml' ? this.settings : {})) : null;
      this.send({ id: m.id, result });
    } else if (m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else for (const l of this.listeners) l(m);
  }
}

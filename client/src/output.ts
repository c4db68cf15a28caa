import * as vscode from 'vscode';

const SETTING = 'throughline.trace.server';

/** An extra argument of a log call as text (the client runs in Node and in browsers: no `util.format`). */
function describe(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return arg.stack ?? arg.message;
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
}

/** The level `throughline.trace.server` asks for: `off` logs info and up; `messages` and `verbose` log the traffic too. */
function levelFromSettings(): vscode.LogLevel {
  return vscode.workspace.getConfiguration('throughline').get<string>('trace.server', 'off') === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace;
}

/**
 * The **Throughline** output channel. vscode-languageclient traces the server's messages only
 * when its channel's log level is Trace, and a real log channel's level is the user's to set per
 * channel; this one takes its level from `throughline.trace.server`, so the setting alone turns
 * the trace on and off (and at once, without a restart).
 */
export class ThroughlineOutput implements vscode.LogOutputChannel {
  private readonly channel = vscode.window.createOutputChannel('Throughline');
  private readonly changed = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly subscription: vscode.Disposable;
  private level = levelFromSettings();
  readonly onDidChangeLogLevel = this.changed.event;
  readonly name = this.channel.name;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SETTING)) return;
      const level = levelFromSettings();
      if (level === this.level) return;
      this.level = level;
      this.changed.fire(level);
    });
  }

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  private write(label: string, level: vscode.LogLevel, message: string | Error, args: unknown[]): void {
    if (level < this.level) return;
    const text = message instanceof Error ? (message.stack ?? message.message) : [message, ...args.map(describe)].join(' ');
    this.channel.appendLine(`${new Date().toISOString().slice(11, 23)} [${label}] ${text}`);
  }

  trace(message: string, ...args: unknown[]): void {
    this.write('trace', vscode.LogLevel.Trace, message, args);
  }
  debug(message: string, ...args: unknown[]): void {
    this.write('debug', vscode.LogLevel.Debug, message, args);
  }
  info(message: string, ...args: unknown[]): void {
    this.write('info', vscode.LogLevel.Info, message, args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.write('warning', vscode.LogLevel.Warning, message, args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.write('error', vscode.LogLevel.Error, error, args);
  }

  append(value: string): void {
    this.channel.append(value);
  }
  appendLine(value: string): void {
    this.channel.appendLine(value);
  }
  replace(value: string): void {
    this.channel.replace(value);
  }
  clear(): void {
    this.channel.clear();
  }
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') this.channel.show(columnOrPreserveFocus);
    else this.channel.show(columnOrPreserveFocus, preserveFocus);
  }
  hide(): void {
    this.channel.hide();
  }
  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.channel.dispose();
  }
}

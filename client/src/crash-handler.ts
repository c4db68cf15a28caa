import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler } from 'vscode-languageclient';

/** Crashes tolerated within `CRASH_WINDOW_MS` before the server is left stopped. */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 3 * 60_000;

/**
 * Restarts a server that died on its own, telling the user so; after `MAX_CRASHES` crashes in
 * `CRASH_WINDOW_MS` it stops trying and says how to start it again. A stop the user asked for
 * (Restart Server, closing the window) never reaches this handler.
 */
export class CrashHandler implements ErrorHandler {
  private crashes: number[] = [];

  constructor(private readonly output: vscode.OutputChannel) {}

  error(_error: Error, _message: unknown, count: number | undefined): { action: ErrorAction; handled: boolean } {
    // A broken message now and then is survivable; a stream of them means the pipe is gone.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length >= MAX_CRASHES) {
      void this.notify(
        vscode.window.showErrorMessage(
          `The Throughline server stopped ${MAX_CRASHES} times in 3 minutes, so it is left stopped: plans get no diagnostics or navigation until it runs again.`,
          'Restart Server',
          'Show Output',
        ),
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    void this.notify(vscode.window.showWarningMessage('The Throughline server stopped unexpectedly and was restarted. Details are in the Throughline output.', 'Show Output'));
    return { action: CloseAction.Restart, handled: true };
  }

  /** Forgets earlier crashes (after the user restarts the server by hand). */
  reset(): void {
    this.crashes = [];
  }

  private async notify(choice: Thenable<string | undefined>): Promise<void> {
    const picked = await choice;
    if (picked === 'Show Output') this.output.show(true);
    if (picked === 'Restart Server') await vscode.commands.executeCommand('throughline.restartServer');
  }
}

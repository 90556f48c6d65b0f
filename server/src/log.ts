/**
 * The server's log: one JSON object a line on stdout. Callers pass only ids, counts and reasons;
 * nothing here ever receives document content, so note text cannot reach the log.
 */

export type LogEvent =
  | { event: 'listening'; host: string; port: number; dataDir: string; redis: boolean }
  | { event: 'connected'; team: string; user: string; role: string; socket: string }
  | { event: 'disconnected'; team: string; user: string; socket: string }
  | { event: 'refused'; reason: string; document: string; team?: string; user?: string }
  | { event: 'closed'; reason: string; team: string; user: string; socket: string }
  | { event: 'stored'; document: string; bytes: number }
  | { event: 'revocations-reloaded'; users: number }
  | { event: 'error'; where: string; message: string }
  | { event: 'stopping' }
  | { event: 'stop-forced'; documents: number };

export type Logger = (entry: LogEvent) => void;

/** A logger writing JSON lines with a timestamp to the given stream (stdout by default). */
export function jsonLogger(write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  return (entry) => write(JSON.stringify({ time: new Date().toISOString(), ...entry }) + '\n');
}

/** The page's database connection state (see database.ts), as a Preact hook. */
import { useEffect, useState } from 'preact/hooks';
import { connectionState, onConnectionChange, type ConnectionState } from '../database';

/** Re-renders when the connection is reopened or a notice appears. */
export function useConnection(): ConnectionState {
  const [state, setState] = useState(connectionState);
  useEffect(() => onConnectionChange(setState), []);
  return state;
}

// The sockets the `postgres` driver talks to the database through, made here so the app can watch
// them. The driver opens its own with `new net.Socket()` and `socket.connect()`, which Node's
// "net.client.socket" diagnostics channel never reports (only `net.connect` publishes there), so a
// watcher on that channel saw none of them. The driver takes a socket factory (its documented
// `socket` option); this one publishes each socket on a channel of the app's own before connecting
// it, and server/outage-status.ts listens there to learn the moment the database goes away.
import { channel } from "node:diagnostics_channel";
import net from "node:net";

export const DATABASE_SOCKET_CHANNEL = "mlpaths:database.socket";

const sockets = channel(DATABASE_SOCKET_CHANNEL);

/** What the driver passes its socket factory: the parsed hosts and ports, or a Unix socket's path. */
type Address = { host: string[]; port: number[]; path?: string | false };

/**
 * A socket to the database, connecting, as the driver would have made it (the first host: MLPaths
 * names one). The driver times the connection and handles its errors as it does its own.
 */
export function databaseSocket({ host, port, path }: Address): net.Socket {
  const socket = new net.Socket();
  sockets.publish({ socket });
  if (path) socket.connect(path);
  else socket.connect(port[0], host[0]);
  return socket;
}

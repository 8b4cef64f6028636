package site.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of a server, for outages the test controls without touching the server: it
 * forwards ({@link Mode#PASS}), drops every connection and refuses new ones ({@link Mode#KILLED}), or keeps
 * connections open and forwards nothing ({@link Mode#HUNG}). Leaving HUNG closes the hung connections.
 */
final class TcpProxy implements AutoCloseable {
    enum Mode {
        PASS,
        KILLED,
        HUNG
    }

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object modeChanged = new Object();
    private volatile Mode mode = Mode.PASS;

    TcpProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void mode(Mode next) {
        synchronized (modeChanged) {
            mode = next;
            modeChanged.notifyAll();
        }
        if (next != Mode.HUNG) closeAll();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        closeAll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.KILLED) {
                    client.close();
                    continue;
                }
                open.add(client);
                Socket server = new Socket();
                open.add(server);
                if (mode == Mode.PASS)
                    server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 1000);
                pump(client, server, "up");
                pump(server, client, "down");
            } catch (IOException e) {
                // listener closed, or the server refused: the client sees its socket closed
            }
        }
    }

    /** Copies {@code from} to {@code to} while passing; in HUNG mode holds the bytes until the mode changes. */
    private void pump(Socket from, Socket to, String direction) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (from;
                            to) {
                        awaitNotHung();
                        InputStream in = from.getInputStream();
                        OutputStream out = to.getOutputStream();
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            awaitNotHung();
                            if (mode != Mode.PASS) return;
                            out.write(buffer, 0, n);
                        }
                    } catch (IOException | InterruptedException e) {
                        // a side closed: close both
                    } finally {
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "proxy-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    private void awaitNotHung() throws InterruptedException {
        synchronized (modeChanged) {
            while (mode == Mode.HUNG) modeChanged.wait();
        }
    }

    private void closeAll() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
        open.clear();
    }
}

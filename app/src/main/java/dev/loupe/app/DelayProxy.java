package dev.loupe.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that holds each request back by a fixed delay, and whose network can be cut and restored,
 * so a benchmark can put a real server at a realistic distance and take it away for a while.
 *
 * <p>A request is the first bytes a client sends after the server's last answer (or on a new connection), so every
 * request on a keep-alive connection is delayed once, and the rest of a large upload is not held again. Pipelined
 * requests, sent before the answer to the one before, share one delay; Loupe's HTTP clients do not pipeline. Bytes
 * are copied through a fixed buffer per direction, so a large download streams.
 */
final class DelayProxy implements AutoCloseable {
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final InetSocketAddress target;
    private final long delayNanos;
    private final ServerSocket listener;
    private final ExecutorService pumps;
    private final AtomicInteger requestsForwarded = new AtomicInteger();
    private final Set<Connection> open = new HashSet<>();
    private boolean cut;

    private DelayProxy(InetSocketAddress target, Duration delay, ServerSocket listener) {
        this.target = target;
        this.delayNanos = delay.toNanos();
        this.listener = listener;
        AtomicInteger threads = new AtomicInteger();
        this.pumps = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "delay-proxy-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts a proxy on a free loopback port in front of {@code target}'s host and port.
     *
     * @param delay how long each request is held before it goes on to the target
     */
    static DelayProxy start(URI target, Duration delay) throws IOException {
        if (target.getHost() == null || target.getPort() == -1 || delay.isNegative()) {
            throw new IllegalArgumentException("A proxy needs a target with a host and port, and a delay of zero or"
                    + " more; got " + target + " and " + delay + ".");
        }
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        DelayProxy proxy = new DelayProxy(new InetSocketAddress(target.getHost(), target.getPort()), delay, listener);
        Thread acceptor = new Thread(proxy::accept, "delay-proxy-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    /** The proxy's address, to use in place of the target's, e.g. {@code http://127.0.0.1:40123}. */
    URI address() {
        InetAddress host = listener.getInetAddress();
        String literal = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + literal + ":" + listener.getLocalPort());
    }

    /** How many requests have gone on to the target so far. */
    int requestsForwarded() {
        return requestsForwarded.get();
    }

    /**
     * Cuts the network: every open connection is reset, and new ones are reset as soon as they arrive, so clients
     * see connection failures at once rather than waiting for a timeout.
     */
    void cut() {
        List<Connection> dropped;
        synchronized (this) {
            cut = true;
            dropped = new ArrayList<>(open);
            open.clear();
        }
        dropped.forEach(Connection::reset);
    }

    /** Lets new connections through again after {@link #cut()}. */
    synchronized void restore() {
        cut = false;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing a listening socket only fails when it is already closed
        }
        cut();
        pumps.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                pumps.execute(() -> connect(client));
            } catch (RejectedExecutionException closing) {
                new Connection(client, new Socket()).reset();
                return;
            }
        }
    }

    /** Opens the connection to the target and copies both ways; this thread carries the requests. */
    private void connect(Socket client) {
        Socket upstream = new Socket();
        Connection connection = new Connection(client, upstream);
        if (!register(connection)) {
            connection.reset();
            return;
        }
        try {
            upstream.connect(target, CONNECT_TIMEOUT_MS);
            pumps.execute(() -> copyAnswers(connection));
        } catch (IOException | RuntimeException e) {
            connection.reset(); // the target is down or the proxy closed: the client sees its connection reset
            forget(connection);
            return;
        }
        copyRequests(connection);
    }

    private synchronized boolean register(Connection connection) {
        if (cut) {
            return false;
        }
        open.add(connection);
        return true;
    }

    private synchronized void forget(Connection connection) {
        open.remove(connection);
    }

    /** Client to target: the first chunk of each request waits out the delay. */
    private void copyRequests(Connection connection) {
        copy(connection, connection.client, connection.upstream, true);
    }

    /** Target to client: any answer means the client's next bytes are a new request. */
    private void copyAnswers(Connection connection) {
        copy(connection, connection.upstream, connection.client, false);
    }

    /**
     * Copies until the sender is done, then passes the end on; a failure either way ends the whole connection, as
     * it would over a real network.
     */
    private void copy(Connection connection, Socket from, Socket to, boolean requests) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int count;
            while ((count = in.read(buffer)) != -1) {
                boolean newRequest = requests && connection.answered.getAndSet(false);
                if (newRequest) {
                    TimeUnit.NANOSECONDS.sleep(delayNanos);
                } else if (!requests) {
                    connection.answered.set(true);
                }
                out.write(buffer, 0, count);
                out.flush();
                if (newRequest) {
                    requestsForwarded.incrementAndGet();
                }
            }
            to.shutdownOutput();
        } catch (IOException e) {
            connection.reset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.reset();
        } finally {
            if (connection.bothDirectionsDone()) {
                connection.close();
                forget(connection);
            }
        }
    }

    /** One client's connection and the proxy's connection to the target on its behalf. */
    private static final class Connection {
        final Socket client;
        final Socket upstream;
        /** True when the next bytes from the client start a new request. */
        final AtomicBoolean answered = new AtomicBoolean(true);
        private final AtomicInteger directionsDone = new AtomicInteger();

        Connection(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        /** Called once per direction as it ends; true for the second, when the connection is over. */
        boolean bothDirectionsDone() {
            return directionsDone.incrementAndGet() == 2;
        }

        /** Drops the connection the way a failing network does: the client gets a reset, not a clean end. */
        void reset() {
            try {
                client.setSoLinger(true, 0);
            } catch (SocketException alreadyClosed) {
                // closing below is all that is left to do
            }
            close();
        }

        void close() {
            closeQuietly(client);
            closeQuietly(upstream);
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket only fails when it is already gone
            }
        }
    }
}

package dev.loupe.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A lean HTTP/1.1 client for the server benchmark: one keep-alive socket, requests written from templates, and of
 * each answer only the fields the loop needs. The benchmark measures the server; with clients and server sharing
 * two cores, a full client library's own work (about a third of the CPU in a profile) would be counted against
 * the server. The workstation itself uses {@link dev.loupe.sync.HttpOrchestrationClient}.
 */
final class BenchClient implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    /** The parts of a lease a decision needs. */
    record Leased(String itemId, String leaseId, long fencingToken) {
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;
    private final String token;
    private final byte[] buffer = new byte[16 * 1024];

    BenchClient(URI server, String token) throws IOException {
        this.socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
        socket.setSoTimeout(30_000);
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        this.out = new BufferedOutputStream(socket.getOutputStream(), 4 * 1024);
        this.host = server.getHost() + ":" + server.getPort();
        this.token = token;
    }

    /** Leases the next item of the queue; empty when none waits. */
    Optional<Leased> lease(String queue) throws IOException {
        send("POST /api/v1/queues/" + queue + "/leases", null, "");
        int status = readStatus();
        int length = readHeaders();
        if (status == 204) {
            return Optional.empty();
        }
        byte[] body = readBody(length);
        if (status != 200) {
            throw new IOException("Leasing from " + queue + " answered " + status + ": " + text(body));
        }
        return Optional.of(parseLease(body));
    }

    /** Approves a leased item. */
    void approve(Leased lease) throws IOException {
        String body = "{\"leaseId\":\"" + lease.leaseId() + "\",\"fencingToken\":" + lease.fencingToken()
                + ",\"outcome\":\"approved\",\"timeSpentMs\":1}";
        send("POST /api/v1/items/" + lease.itemId() + "/decisions", UUID.randomUUID().toString(), body);
        int status = readStatus();
        byte[] answer = readBody(readHeaders());
        if (status != 200 && status != 201) {
            throw new IOException("Deciding " + lease.itemId() + " answered " + status + ": " + text(answer));
        }
    }

    private void send(String requestLine, String idempotencyKey, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(requestLine).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nAuthorization: Bearer ").append(token)
                .append("\r\nContent-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        if (idempotencyKey != null) {
            head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
    }

    private int readStatus() throws IOException {
        String line = readLine();
        if (!line.startsWith("HTTP/1.1 ") || line.length() < 12) {
            throw new IOException("Not an HTTP/1.1 answer: " + line);
        }
        return Integer.parseInt(line.substring(9, 12));
    }

    /** Reads the headers and returns the Content-Length (0 when there is none). */
    private int readHeaders() throws IOException {
        int length = 0;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon);
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(line.substring(colon + 1).trim());
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                throw new IOException("The benchmark client reads answers of a known length only, got " + line);
            }
        }
        return length;
    }

    private String readLine() throws IOException {
        int n = 0;
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("The server closed the connection.");
            }
            if (c != '\r') {
                buffer[n++] = (byte) c;
            }
        }
        return new String(buffer, 0, n, StandardCharsets.US_ASCII);
    }

    private byte[] readBody(int length) throws IOException {
        return in.readNBytes(length);
    }

    private static Leased parseLease(byte[] body) throws IOException {
        String leaseId = null;
        String itemId = null;
        long fencingToken = -1;
        try (JsonParser parser = JSON.createParser(body)) {
            int depth = 0;
            String field = null;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        if (depth == 1 && !"item".equals(field)) {
                            parser.skipChildren();
                        } else {
                            depth++;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> field = parser.currentName();
                    case VALUE_STRING -> {
                        if (depth == 1 && "leaseId".equals(field)) {
                            leaseId = parser.getText();
                        } else if (depth == 2 && "id".equals(field)) {
                            itemId = parser.getText();
                        }
                    }
                    case VALUE_NUMBER_INT -> {
                        if (depth == 1 && "fencingToken".equals(field)) {
                            fencingToken = parser.getLongValue();
                        }
                    }
                    default -> { }
                }
            }
        }
        if (leaseId == null || itemId == null || fencingToken < 0) {
            throw new IOException("A lease without leaseId, fencingToken or item.id: " + text(body));
        }
        return new Leased(itemId, leaseId, fencingToken);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

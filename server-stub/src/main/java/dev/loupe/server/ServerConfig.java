package dev.loupe.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How an orchestration server runs.
 *
 * @param bindHost the address to listen on, e.g. {@code 127.0.0.1}; {@code 0.0.0.0} listens on every interface
 * @param port     the TCP port; 0 picks a free one (see {@link OrchestrationServer#baseUri()})
 * @param dataDir  the folder that holds {@code loupe.db}, {@code admin.token} and {@code media/}
 * @param clock    the time source for leases and SLAs; tests pass a controllable one
 * @param leaseTtl how long a lease lasts before its item goes back to the queue
 */
public record ServerConfig(String bindHost, int port, Path dataDir, Clock clock, Duration leaseTtl) {
    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    public static final Duration DEFAULT_LEASE_TTL = Duration.ofMinutes(5);

    public ServerConfig {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(leaseTtl, "leaseTtl");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be between 0 and 65535, got " + port + ".");
        }
        if (leaseTtl.isNegative() || leaseTtl.isZero()) {
            throw new IllegalArgumentException("The lease time must be positive, got " + leaseTtl + ".");
        }
    }

    /** Loopback only, a free port, the system clock and five-minute leases. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(DEFAULT_BIND_HOST, 0, dataDir, Clock.systemUTC(), DEFAULT_LEASE_TTL);
    }

    public ServerConfig withBindHost(String host) {
        return new ServerConfig(host, port, dataDir, clock, leaseTtl);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bindHost, newPort, dataDir, clock, leaseTtl);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(bindHost, port, dataDir, newClock, leaseTtl);
    }

    public ServerConfig withLeaseTtl(Duration ttl) {
        return new ServerConfig(bindHost, port, dataDir, clock, ttl);
    }
}

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
 * @param maxUploadBytes the largest media file one upload may carry; larger ones are answered 413
 */
public record ServerConfig(String bindHost, int port, Path dataDir, Clock clock, Duration leaseTtl,
        long maxUploadBytes) {
    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    public static final Duration DEFAULT_LEASE_TTL = Duration.ofMinutes(5);
    /** 2 GiB: room for a long scan batch or an hour of review video. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 2L * 1024 * 1024 * 1024;

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
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("The upload limit must be at least one byte, got " + maxUploadBytes
                    + ".");
        }
    }

    /** Loopback only, a free port, the system clock, five-minute leases and uploads up to 2 GiB. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(DEFAULT_BIND_HOST, 0, dataDir, Clock.systemUTC(), DEFAULT_LEASE_TTL,
                DEFAULT_MAX_UPLOAD_BYTES);
    }

    public ServerConfig withBindHost(String host) {
        return new ServerConfig(host, port, dataDir, clock, leaseTtl, maxUploadBytes);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bindHost, newPort, dataDir, clock, leaseTtl, maxUploadBytes);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(bindHost, port, dataDir, newClock, leaseTtl, maxUploadBytes);
    }

    public ServerConfig withLeaseTtl(Duration ttl) {
        return new ServerConfig(bindHost, port, dataDir, clock, ttl, maxUploadBytes);
    }

    public ServerConfig withMaxUploadBytes(long bytes) {
        return new ServerConfig(bindHost, port, dataDir, clock, leaseTtl, bytes);
    }
}

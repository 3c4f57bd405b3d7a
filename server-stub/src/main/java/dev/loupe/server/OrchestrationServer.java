package dev.loupe.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A running orchestration server: the HTTP API over one data folder. Close it to stop. */
public final class OrchestrationServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OrchestrationServer.class.getName());
    // Requests mostly wait on disk, network and above all the one writer's commit rather than on CPU. The more of
    // them wait there together, the more writes share each commit: with 16 reviewers 8 threads gave about 1,450
    // cycles/s and 16 about 1,950 on two cores.
    private static final int WORKER_THREADS = 16;
    private static final int WAITING_REQUESTS = 256;
    private static final int SHUTDOWN_GRACE_SECONDS = 10;

    static {
        // Without TCP_NODELAY a small answer waits for the client's delayed ACK: about 40 ms per request.
        // The JDK reads this once, before its first HttpServer, so it must be set here.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final Database db;
    private final AdminToken adminToken;
    private final Intake intake;
    private final Users users;
    private final URI baseUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OrchestrationServer(HttpServer http, ThreadPoolExecutor workers, Database db, AdminToken adminToken,
            Intake intake, Users users) {
        this.http = http;
        this.workers = workers;
        this.db = db;
        this.adminToken = adminToken;
        this.intake = intake;
        this.users = users;
        this.baseUri = uriOf(http.getAddress());
    }

    /**
     * Opens (or creates) the data folder, brings its schema up to date, and starts serving.
     *
     * @throws IOException when the data folder cannot be used or the port cannot be bound
     */
    public static OrchestrationServer start(ServerConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        Database db = Database.open(config.dataDir().resolve(ServerData.DATABASE_FILE), WORKER_THREADS);
        ThreadPoolExecutor workers = null;
        try {
            Migrations.apply(db, config.clock());
            Users users = new Users(db, config.clock());
            AdminToken adminToken = AdminToken.ensure(config.dataDir(), users);
            MediaStore media = new MediaStore(config.dataDir().resolve("media"), db, config.clock());
            QueueStore queues = new QueueStore(db);
            ItemStore items = new ItemStore(db);
            DecisionStore decisions = new DecisionStore(db);
            ModelFiles modelFiles = new ModelFiles(config.dataDir().resolve("models"), ModelFiles.MAX_BYTES);
            LeaseKeeper leases = new LeaseKeeper(db);
            Router router = ApiV1.routes(new TokenAuth(users),
                    new QueueResource(queues, items, leases, config.clock(), config.leaseTtl()),
                    new ItemResource(items, config.clock()),
                    new DecisionResource(items, decisions, config.clock()),
                    new MediaResource(media, config.maxUploadBytes()),
                    new IntakeResource(queues, items, media, config.clock()),
                    new StatsResource(new StatsStore(db), config.clock()),
                    new FeedbackResource(new FeedbackExport(db), queues),
                    new ModelResource(new ModelRegistry(db, modelFiles), modelFiles, config.clock()),
                    new WorkflowResources(new LeaseResource(leases, config.clock(), config.leaseTtl()),
                            new ResolutionResource(new Resolutions(db), config.clock()),
                            new OversightResource(new AuditLog(db), decisions),
                            new UserResource(users)));

            HttpServer http = bind(config);
            workers = workerPool();
            http.createContext("/", router);
            http.setExecutor(workers);
            http.start();
            OrchestrationServer server = new OrchestrationServer(
                    http, workers, db, adminToken, new Intake(media, queues, items, config.clock()), users);
            LOG.log(Level.INFO, "Loupe server listening on " + server.baseUri() + " with data in " + config.dataDir());
            return server;
        } catch (IOException | RuntimeException e) {
            if (workers != null) {
                workers.shutdownNow();
            }
            db.close();
            throw e;
        }
    }

    private static HttpServer bind(ServerConfig config) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getByName(config.bindHost()), config.port()), 0);
        } catch (BindException e) {
            throw new IOException("Cannot listen on " + config.bindHost() + " port " + config.port() + " ("
                    + e.getMessage() + "). Stop the program using that port, or choose another port.", e);
        }
    }

    /** A fixed pool with a bounded queue; when both are full the accepting thread runs the request itself, which
     *  slows intake instead of dropping connections. */
    private static ThreadPoolExecutor workerPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "loupe-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WAITING_REQUESTS), threads, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    private static URI uriOf(InetSocketAddress address) {
        // A wildcard address cannot be dialled; loopback reaches the same server from this machine.
        InetAddress host = address.getAddress().isAnyLocalAddress()
                ? InetAddress.getLoopbackAddress() : address.getAddress();
        try {
            return new URI("http", null, host.getHostAddress(), address.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("A numeric address always makes a URI", e);
        }
    }

    /** Where the API is, e.g. {@code http://127.0.0.1:8080}; append {@code /api/v1/...}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The admin's bearer token, as kept in {@code admin.token} in the data folder. */
    public String adminToken() {
        return adminToken.token();
    }

    /** The admin token when this start created it, so it can be shown once; empty on later starts. */
    public Optional<String> createdAdminToken() {
        return adminToken.created() ? Optional.of(adminToken.token()) : Optional.empty();
    }

    /** Adds queues, media and items from this process. */
    public Intake intake() {
        return intake;
    }

    /** Issues tokens to reviewers and other users. */
    public Users users() {
        return users;
    }

    /** Stops taking requests, lets those under way finish, then closes the database. Calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "Requests still running after " + SHUTDOWN_GRACE_SECONDS + " s; closing anyway");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}

package dev.loupe.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps each connection's prepared statements for reuse. SQLite compiles a statement on every prepare, which cost
 * the single writer more than running it; the driver keeps none. Callers still prepare and close as usual: close
 * resets a cached statement instead of discarding it. A connection is used by one thread at a time (the writer, or
 * a reader taken from the pool), and a statement still open when the same SQL is prepared again is simply not
 * shared, so reuse can never mix two callers' parameters or results.
 */
final class StatementCache implements InvocationHandler {
    private static final Method PREPARE;
    private static final Method CLOSE_CONNECTION;

    static {
        try {
            PREPARE = Connection.class.getMethod("prepareStatement", String.class);
            CLOSE_CONNECTION = Connection.class.getMethod("close");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Connection connection;
    private final Map<String, Reusable> statements = new HashMap<>();

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.equals(PREPARE)) {
            return prepare((String) args[0]);
        }
        if (method.equals(CLOSE_CONNECTION)) {
            for (Reusable statement : statements.values()) {
                statement.statement.close();
            }
            statements.clear();
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Reusable cached = statements.get(sql);
        if (cached == null) {
            cached = new Reusable(connection.prepareStatement(sql));
            statements.put(sql, cached);
        } else if (cached.inUse) {
            return connection.prepareStatement(sql);
        }
        cached.inUse = true;
        return cached.lend();
    }

    /** A cached statement and whether a caller holds it now. */
    private static final class Reusable implements InvocationHandler {
        private static final Method CLOSE;

        static {
            try {
                CLOSE = PreparedStatement.class.getMethod("close");
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final PreparedStatement statement;
        boolean inUse;

        Reusable(PreparedStatement statement) {
            this.statement = statement;
        }

        PreparedStatement lend() {
            return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.equals(CLOSE)) {
                if (inUse) {
                    statement.clearParameters();
                    inUse = false;
                }
                return null;
            }
            try {
                return method.invoke(statement, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}

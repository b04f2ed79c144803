package org.opencompras.common.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.opencompras.common.config.OpenComprasConfig;
import org.opencompras.common.problem.DatabaseUnavailable;
import org.opencompras.common.problem.ProblemException;
import org.opencompras.common.problem.ProblemType;

/**
 * The exports' own allowance of database connections. An export keeps its connection while its client reads, so
 * slow or stalled clients could otherwise take the whole pool: at most {@code opencompras.api.export.max-concurrent}
 * exports run at once (one more is a fast 503), and an export whose client has taken nothing for
 * {@code opencompras.api.export.write-timeout} is cut off, which frees its connection.
 */
@ApplicationScoped
public class ExportSlots {

    private static final Logger LOG = Logger.getLogger(ExportSlots.class);

    @Inject
    OpenComprasConfig config;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    DataSource dataSource;

    private final Set<Slot> open = ConcurrentHashMap.newKeySet();
    private Semaphore free;
    private long writeTimeoutNanos;
    private ScheduledExecutorService watchdog;

    @PostConstruct
    void start() {
        free = new Semaphore(config.api().export().maxConcurrent());
        writeTimeoutNanos = config.api().export().writeTimeout().toNanos();
        watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "export-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(100, Math.min(1000, config.api().export().writeTimeout().toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::cutStalled, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /**
     * Takes a slot and its database connection for the current request, or answers 503 at once when every slot is
     * taken or no connection is free. The export gives the slot back when it ends; a response that ends before its
     * export started gives it back too.
     */
    public Slot take() {
        if (!free.tryAcquire()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Every export slot of this server is in use ("
                    + config.api().export().maxConcurrent() + "); try again shortly, or read the list page by "
                    + "page with links.next").retryAfter(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            free.release();
            throw new ProblemException(ProblemType.UNAVAILABLE, "No database connection is free for an export; "
                    + "try again shortly").retryAfter(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        RoutingContext context = currentRequest.getCurrent();
        Slot slot = new Slot(connection, context.request().connection());
        open.add(slot);
        // Only when the export never started: a running export gives its connection back itself, once its
        // statement is done, never while another thread might still be using it.
        context.addEndHandler(ended -> {
            if (!slot.started.get()) {
                slot.close();
            }
        });
        return slot;
    }

    /** How many exports run now. */
    int running() {
        return open.size();
    }

    private void cutStalled() {
        long now = System.nanoTime();
        for (Slot slot : open) {
            long since = slot.writingSince;
            if (since != 0 && now - since > writeTimeoutNanos) {
                LOG.infof("Export cut off: its client took no data for %s", config.api().export().writeTimeout());
                slot.cut();
            }
        }
    }

    /** One running export: its database connection, and the client connection it writes to. */
    public final class Slot implements AutoCloseable {
        private final Connection connection;
        private final HttpConnection client;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final AtomicBoolean started = new AtomicBoolean();
        private volatile long writingSince;

        private Slot(Connection connection, HttpConnection client) {
            this.connection = connection;
            this.client = client;
        }

        /** The slot's connection, for the export that now starts (and will {@link #close} the slot). */
        public Connection start() {
            started.set(true);
            return connection;
        }

        /** The response stream, timed: a write that waits on the client past the timeout gets the export cut. */
        public OutputStream watch(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    writingSince = System.nanoTime();
                    try {
                        out.write(b);
                    } finally {
                        writingSince = 0;
                    }
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    writingSince = System.nanoTime();
                    try {
                        out.write(bytes, offset, length);
                    } finally {
                        writingSince = 0;
                    }
                }

                @Override
                public void flush() throws IOException {
                    writingSince = System.nanoTime();
                    try {
                        out.flush();
                    } finally {
                        writingSince = 0;
                    }
                }
            };
        }

        /**
         * Ends the response without its last chunk, so that the client sees an incomplete transfer rather than a
         * file that looks whole.
         */
        public void cut() {
            // Closed below the HTTP layer: its own close is queued behind the data not yet sent, which is the
            // very data this client does not take, so it would never happen.
            if (client instanceof ConnectionBase base) {
                base.channelHandlerContext().close();
            } else {
                client.close();
            }
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                open.remove(this);
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debugf("Closing an export's connection failed: %s", e.getMessage());
                } finally {
                    free.release();
                }
            }
        }
    }
}

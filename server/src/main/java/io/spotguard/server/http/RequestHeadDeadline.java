package io.spotguard.server.http;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bounds the time a client may take to send a request's headers once its request line has arrived. Helidon's
 * idle timeout covers a connection while it waits for (or reads) a request line, but not while it reads
 * headers, so a client that trickles one header line every few seconds could hold a connection for as long as
 * it liked, and a few hundred such clients every connection the server allows ("slowloris"). A connection whose
 * headers are not complete in time is closed.
 */
public final class RequestHeadDeadline implements Http1ConnectionListener, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RequestHeadDeadline.class.getName());

    private final long limitMillis;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "spotguard-request-head-deadline");
        thread.setDaemon(true);
        return thread;
    });
    /** Connections between request line and complete headers; each entry leaves within the limit. */
    private final Map<ConnectionContext, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    public RequestHeadDeadline(Duration limit) {
        this.limitMillis = limit.toMillis();
        // Almost every deadline is cancelled within microseconds; without this they would pile up until due.
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        pending.put(ctx, timer.schedule(() -> expire(ctx), limitMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        ScheduledFuture<?> deadline = pending.remove(ctx);
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    private void expire(ConnectionContext ctx) {
        if (pending.remove(ctx) == null) {
            return;
        }
        LOG.log(Level.FINE, "Closed a connection from {0}: its request headers took longer than {1} ms",
                new Object[] {ctx.remotePeer().address(), limitMillis});
        ctx.serverSocket().close();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

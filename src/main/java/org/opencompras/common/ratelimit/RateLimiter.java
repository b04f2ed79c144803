package org.opencompras.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencompras.common.config.OpenComprasConfig;

/**
 * Counts each client's requests in fixed one-minute windows. Counters live in memory: each instance of the
 * service counts its own clients, and a new window starts empty.
 */
@ApplicationScoped
public class RateLimiter {

    static final int WINDOW_SECONDS = 60;

    /**
     * @param allowed       whether this request is within the quota
     * @param quota         requests allowed per window
     * @param remaining     requests left in this window after this one
     * @param resetSeconds  seconds until the window ends
     */
    public record Decision(boolean allowed, int quota, int remaining, long resetSeconds) {
    }

    @Inject
    OpenComprasConfig config;

    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window = -1;
    private Clock clock = Clock.systemUTC();

    void setClock(Clock clock) {
        this.clock = clock;
    }

    public Decision request(String client) {
        int quota = config.api().rateLimit().requestsPerMinute();
        long now = clock.millis() / 1000;
        long current = now / WINDOW_SECONDS;
        if (current != window) {
            synchronized (this) {
                if (current != window) {
                    counts.clear();
                    window = current;
                }
            }
        }
        int used = counts.computeIfAbsent(client, key -> new AtomicInteger()).incrementAndGet();
        long reset = (current + 1) * WINDOW_SECONDS - now;
        return new Decision(used <= quota, quota, Math.max(0, quota - used), reset);
    }
}

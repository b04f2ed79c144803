package org.opencompras.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.opencompras.common.config.OpenComprasConfig;

/**
 * Each client's quota as a token bucket: it holds up to a minute's quota, every request takes one token, and
 * tokens come back at the quota's pace (one every 60/quota seconds). A client may spend its whole quota at
 * once, but never more than one minute's quota in any minute plus what came back meanwhile; a fixed window
 * would let twice the quota through across its boundary. Buckets live in memory: each instance of the service
 * counts its own clients, and a full bucket is forgotten.
 */
@ApplicationScoped
public class RateLimiter {

    static final int WINDOW_SECONDS = 60;
    private static final long WINDOW_MILLIS = WINDOW_SECONDS * 1000L;

    /**
     * @param allowed           whether this request is within the quota
     * @param quota             requests allowed per window
     * @param remaining         requests that could be made right now, after this one
     * @param resetSeconds      seconds until the whole quota is available again
     * @param retryAfterSeconds seconds until the next request can be made (0 when one can now)
     */
    public record Decision(boolean allowed, int quota, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    /** Tokens left at a time; changed under its own lock. */
    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    @Inject
    OpenComprasConfig config;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;
    private Clock clock = Clock.systemUTC();

    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests: a clock of their own, and every client's bucket full. */
    void reset(Clock clock) {
        this.clock = clock;
        buckets.clear();
    }

    public Decision request(String client) {
        int quota = config.api().rateLimit().requestsPerMinute();
        double perMilli = (double) quota / WINDOW_MILLIS;
        long now = clock.millis();
        forgetFullBuckets(now);
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(quota, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(quota, bucket.tokens + Math.max(0, now - bucket.at) * perMilli);
            bucket.at = now;
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long reset = seconds((quota - bucket.tokens) / perMilli);
            long retryAfter = allowed ? 0 : Math.max(1, seconds((1 - bucket.tokens) / perMilli));
            return new Decision(allowed, quota, (int) Math.floor(bucket.tokens), reset, retryAfter);
        }
    }

    private static long seconds(double millis) {
        return (long) Math.ceil(Math.round(millis) / 1000.0);
    }

    /** Once a window, drops the buckets idle for a whole window: they are full, as a new one would be. */
    private void forgetFullBuckets(long now) {
        if (now - lastSweep < WINDOW_MILLIS) {
            return;
        }
        lastSweep = now;
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return now - entry.getValue().at >= WINDOW_MILLIS;
            }
        });
    }
}

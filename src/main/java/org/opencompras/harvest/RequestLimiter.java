package org.opencompras.harvest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps requests under a publisher's quota: no 60-second window ever holds more than {@code perMinute} requests.
 * A fixed "one every 60/N seconds" pace would be as safe but slower for short runs; a sliding window lets a small
 * run go at once and makes a long one wait only when it must.
 */
final class RequestLimiter {

    static final Duration WINDOW = Duration.ofSeconds(60);

    private final int perMinute;
    private final HarvestClock clock;
    private final Deque<Instant> sent = new ArrayDeque<>();

    RequestLimiter(int perMinute, HarvestClock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Waits until one more request fits in the window, and counts it as sent at the returned time. */
    synchronized Instant acquire() throws InterruptedException {
        while (true) {
            Instant now = clock.now();
            while (!sent.isEmpty() && !sent.peekFirst().plus(WINDOW).isAfter(now)) {
                sent.removeFirst();
            }
            if (sent.size() < perMinute) {
                sent.addLast(now);
                return now;
            }
            clock.sleep(Duration.between(now, sent.peekFirst().plus(WINDOW)));
        }
    }
}

package org.opencompras.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock for tests: waits return at once and move the time on, and every wait is kept to be checked. */
@ApplicationScoped
public class FakeHarvestClock implements HarvestClock {

    static final Instant START = Instant.parse("2026-12-05T17:00:00Z");

    private Instant now = START;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** Moves the time on without counting a wait, as days passing between two runs. */
    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Forgets the waits so far; the time goes on from where it is. */
    synchronized void clearSleeps() {
        sleeps.clear();
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}

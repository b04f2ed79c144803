package org.opencompras.harvest;

import java.time.Duration;
import java.time.Instant;

/** The time and the waits of a harvest, a bean of its own so that tests can wait for nothing. */
public interface HarvestClock {

    Instant now();

    void sleep(Duration duration) throws InterruptedException;
}

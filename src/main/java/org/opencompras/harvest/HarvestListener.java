package org.opencompras.harvest;

/** Hears a run's progress: the command prints it on stderr. */
public interface HarvestListener {

    HarvestListener NONE = new HarvestListener() {
    };

    /** A unit is about to be fetched; {@code planned} is 0 while the run does not know its size yet. */
    default void unitStarted(UnitRef unit, int done, int planned) {
    }

    default void unitDone(UnitOutcome outcome, int done, int planned) {
    }

    /** Anything else worth telling, such as a spent request budget. */
    default void note(String message) {
    }
}

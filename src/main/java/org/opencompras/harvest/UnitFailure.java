package org.opencompras.harvest;

/** A unit that could not be fetched whole in its attempts: the reason is written for the person running the harvest. */
class UnitFailure extends Exception {

    private final Integer httpStatus;
    private final int attempts;

    UnitFailure(String reason, Integer httpStatus, int attempts) {
        super(reason);
        this.httpStatus = httpStatus;
        this.attempts = attempts;
    }

    Integer httpStatus() {
        return httpStatus;
    }

    int attempts() {
        return attempts;
    }
}

package org.opencompras.ocds.merge;

/**
 * Thrown when releases disagree on the shape of a field, e.g. one release has an object where an earlier one
 * has a string, so that no merged release can hold both.
 */
public class InconsistentTypeException extends IllegalArgumentException {

    public InconsistentTypeException(String message) {
        super(message);
    }
}

package org.opencompras.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The part of a flattened path that stands for one object of an array. Two parts are the same array item when
 * their {@link #matchKey} is equal: the string form of the object's {@code id} (so {@code 1} and {@code "1"}
 * match, as in the reference implementation), its position, or a one-off token for objects that must never
 * match another (no {@code id}, or the {@link ArrayMergeStrategy#APPEND} override).
 *
 * <p>{@link #identity} tells items apart when the merged release is rebuilt and {@link #originalId} is the
 * {@code id} value written back into the rebuilt object.
 */
final class ArrayItemKey {

    private final Object matchKey;
    private final Object identity;
    private final JsonNode originalId;

    private ArrayItemKey(Object matchKey, Object identity, JsonNode originalId) {
        this.matchKey = matchKey;
        this.identity = identity;
        this.originalId = originalId;
    }

    /** The key of an object merged by its {@code id}. */
    static ArrayItemKey byId(JsonNode id) {
        return new ArrayItemKey(IdValues.stringForm(id), IdValues.identity(id), id);
    }

    /** The key of an object that matches no other object; {@code id} may be {@code null}. */
    static ArrayItemKey unique(JsonNode id) {
        Object token = new Object();
        return new ArrayItemKey(token, token, id);
    }

    /** The key of an object merged by its position in the array. */
    static ArrayItemKey byPosition(int index, JsonNode id) {
        return new ArrayItemKey(String.valueOf(index), index, id);
    }

    Object identity() {
        return identity;
    }

    /** The object's {@code id}, or {@code null} when it had none or it was JSON {@code null}. */
    JsonNode originalId() {
        return originalId == null || originalId.isNull() ? null : originalId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrayItemKey key && matchKey.equals(key.matchKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(matchKey);
    }

    @Override
    public String toString() {
        return "[" + matchKey + "]";
    }
}

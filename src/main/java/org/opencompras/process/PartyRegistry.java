package org.opencompras.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencompras.organization.OrganizationIdentity;

/**
 * The organizations of one compiled release: indexes {@code parties[]} by id, resolves organization
 * references against it, and merges every party and reference with the same identity into one
 * {@link PartyRow}. One instance per extraction.
 */
final class PartyRegistry {

    /** A resolved organization reference: who it is, and the id and name the release used. */
    record Resolved(String key, String partyId, String name) {
    }

    private final ValueReader reader;
    private final Map<String, JsonNode> partiesById = new HashMap<>();
    private final Map<String, Builder> byKey = new LinkedHashMap<>();

    private final String scope;

    /** @param scope the publisher's ocid prefix: party ids and bare names are only unique within one publisher */
    PartyRegistry(JsonNode parties, ValueReader reader, String scope) {
        this.scope = scope;
        this.reader = reader;
        for (int i = 0; i < parties.size(); i++) {
            register(parties.get(i), "parties[" + i + "]");
        }
    }

    private void register(JsonNode party, String path) {
        OrganizationIdentity identity = identify(party);
        if (identity == null || identity.key() == null) {
            reader.issue(path, "unidentified_party", "a party without id or identifier is not kept");
            return;
        }
        String id = ValueReader.text(party.get("id"));
        if (id != null) {
            partiesById.put(id, party);
        }
        if (Boolean.FALSE.equals(identity.rucValid())) {
            reader.issue(path, "invalid_ruc", "RUC " + identity.identifier() + ": " + rucProblem(identity.identifier()));
        }
        Builder builder = builderFor(identity, id);
        builder.addName(ValueReader.text(party.get("name")));
        builder.addName(ValueReader.text(party.path("identifier").get("legalName")));
        for (JsonNode role : ValueReader.array(party.get("roles"))) {
            String text = ValueReader.text(role);
            if (text != null && !text.isBlank()) {
                builder.roles.add(text);
            }
        }
    }

    /**
     * Resolves a reference (buyer, procuringEntity, supplier, tenderer) by id against {@code parties[]};
     * an unmatched reference is reported and still kept under its own identity. Null when absent or
     * when it cannot be identified at all.
     */
    Resolved resolve(JsonNode reference, String path, String role) {
        if (ValueReader.isAbsent(reference)) {
            return null;
        }
        String id = ValueReader.text(reference.get("id"));
        JsonNode party = id == null ? null : partiesById.get(id);
        String referenceName = ValueReader.text(reference.get("name"));
        if (party == null) {
            reader.issue(path, "unmatched_party_reference", id == null ? "reference without id" : "no party with id " + id);
        }
        OrganizationIdentity identity = identify(party != null ? party : reference);
        if (identity == null || identity.key() == null) {
            reader.issue(path, "unidentified_party", "a reference without id or identifier is not kept");
            return null;
        }
        Builder builder = builderFor(identity, id);
        builder.addName(referenceName);
        builder.roles.add(role);
        String name = referenceName != null ? referenceName : party == null ? null : ValueReader.text(party.get("name"));
        return new Resolved(identity.key(), id, name);
    }

    /** The first party listing the given role, as a resolved reference; null when none does. */
    Resolved firstWithRole(String role) {
        return byKey.values().stream()
                .filter(b -> b.roles.contains(role))
                .findFirst()
                .map(b -> new Resolved(b.identity.key(), b.partyId, b.name()))
                .orElse(null);
    }

    List<PartyRow> rows() {
        List<PartyRow> rows = new ArrayList<>();
        for (Builder b : byKey.values()) {
            rows.add(new PartyRow(b.identity, b.partyId, b.name(),
                    Collections.unmodifiableSet(new LinkedHashSet<>(b.names)),
                    Collections.unmodifiableSet(new TreeSet<>(b.roles))));
        }
        return rows;
    }

    /** The identity of a party or reference; null when it has nothing to be identified by. */
    private OrganizationIdentity identify(JsonNode partyOrReference) {
        try {
            return OrganizationIdentity.of(partyOrReference, scope);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Why a RUC the identity marked invalid fails: its shape, else its province, type or check digit. */
    private static String rucProblem(String ruc) {
        if (ruc == null || !ruc.matches("\\d{13}")) {
            return "not 13 digits";
        }
        return "fails the province, type or check-digit rules";
    }

    private Builder builderFor(OrganizationIdentity identity, String partyId) {
        return byKey.computeIfAbsent(identity.key(), k -> new Builder(identity, partyId));
    }

    /** The merged facts of one identity, gathered in order of appearance. */
    private static final class Builder {
        final OrganizationIdentity identity;
        final String partyId;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> roles = new TreeSet<>();

        Builder(OrganizationIdentity identity, String partyId) {
            this.identity = identity;
            this.partyId = partyId;
        }

        void addName(String name) {
            if (name != null && !name.isBlank()) {
                names.add(name.trim());
            }
        }

        String name() {
            return names.isEmpty() ? null : names.iterator().next();
        }
    }
}

package org.opencompras.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opencompras.organization.NameNormalizer;
import org.opencompras.organization.OrganizationIdentity;

/**
 * Makes sure every organization named by a batch of processes exists in {@code organization}, with all its
 * name variants in {@code organization_name}, and returns their database ids. Safe against a concurrent
 * transaction upserting the same organizations: conflicts on {@code identity_key} are resolved by the database.
 */
final class OrganizationUpserter {

    // One statement for all organizations of the batch; unnest turns the arrays back into rows.
    // The first name stays; identifier facts are filled in (newer non-null values win).
    private static final String UPSERT = """
            insert into organization (identity_key, scheme, identifier, ruc_valid, ruc_type, name, normalized_name)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[])
            on conflict (identity_key) do update set
                scheme = coalesce(excluded.scheme, organization.scheme),
                identifier = coalesce(excluded.identifier, organization.identifier),
                ruc_valid = coalesce(excluded.ruc_valid, organization.ruc_valid),
                ruc_type = coalesce(excluded.ruc_type, organization.ruc_type)
            returning id, identity_key""";

    private static final String ADD_NAMES = """
            insert into organization_name (organization_id, name, normalized_name)
            select * from unnest(?::bigint[], ?::text[], ?::text[])
            on conflict do nothing""";

    private OrganizationUpserter() {
    }

    /**
     * The id of each organization, by identity key. The parties are in process order: an organization named by
     * several processes keeps the first one's name and every later non-null identifier fact, as if the processes
     * had been written one after the other.
     */
    static Map<String, Long> upsert(Connection c, List<PartyRow> parties) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (parties.isEmpty()) {
            return ids;
        }
        // Always in key order, so that two transactions lock shared rows in the same order and cannot deadlock.
        // A statement may not update one row twice, hence one merged entry per key.
        Map<String, Merged> byKey = new TreeMap<>();
        for (PartyRow party : parties) {
            byKey.computeIfAbsent(party.key(), k -> new Merged(displayName(party))).add(party);
        }
        int n = byKey.size();
        String[] keys = new String[n], schemes = new String[n], identifiers = new String[n], types = new String[n];
        String[] names = new String[n], normalized = new String[n];
        Boolean[] valid = new Boolean[n];
        int i = 0;
        for (var entry : byKey.entrySet()) {
            Merged merged = entry.getValue();
            keys[i] = entry.getKey();
            schemes[i] = merged.scheme;
            identifiers[i] = merged.identifier;
            valid[i] = merged.rucValid;
            types[i] = merged.rucType;
            names[i] = merged.name;
            normalized[i] = NameNormalizer.normalize(merged.name);
            i++;
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setArray(1, c.createArrayOf("text", keys));
            upsert.setArray(2, c.createArrayOf("text", schemes));
            upsert.setArray(3, c.createArrayOf("text", identifiers));
            upsert.setArray(4, c.createArrayOf("boolean", valid));
            upsert.setArray(5, c.createArrayOf("text", types));
            upsert.setArray(6, c.createArrayOf("text", names));
            upsert.setArray(7, c.createArrayOf("text", normalized));
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        addNames(c, byKey, ids);
        return ids;
    }

    private static void addNames(Connection c, Map<String, Merged> byKey, Map<String, Long> ids) throws SQLException {
        record Name(long organizationId, String name) {
        }
        List<Name> rows = new ArrayList<>();
        byKey.forEach((key, merged) -> merged.names.forEach(name -> rows.add(new Name(ids.get(key), name))));
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(Comparator.comparingLong(Name::organizationId).thenComparing(Name::name));
        int n = rows.size();
        Long[] organizationIds = new Long[n];
        String[] names = new String[n], normalized = new String[n];
        for (int i = 0; i < n; i++) {
            organizationIds[i] = rows.get(i).organizationId();
            names[i] = rows.get(i).name();
            normalized[i] = NameNormalizer.normalize(names[i]);
        }
        try (PreparedStatement insert = c.prepareStatement(ADD_NAMES)) {
            insert.setArray(1, c.createArrayOf("bigint", organizationIds));
            insert.setArray(2, c.createArrayOf("text", names));
            insert.setArray(3, c.createArrayOf("text", normalized));
            insert.executeUpdate();
        }
    }

    /** {@code organization.name} is required: an organization the data names nowhere is shown by its identifier. */
    private static String displayName(PartyRow party) {
        if (party.name() != null) {
            return party.name();
        }
        return party.identity().identifier() != null ? party.identity().identifier() : party.key();
    }

    /** One organization as all processes of the batch describe it. */
    private static final class Merged {
        private final String name;
        private final Set<String> names = new LinkedHashSet<>();
        private String scheme;
        private String identifier;
        private Boolean rucValid;
        private String rucType;

        Merged(String name) {
            this.name = name;
        }

        void add(PartyRow party) {
            OrganizationIdentity identity = party.identity();
            scheme = identity.scheme() != null ? identity.scheme() : scheme;
            identifier = identity.identifier() != null ? identity.identifier() : identifier;
            rucValid = identity.rucValid() != null ? identity.rucValid() : rucValid;
            rucType = identity.rucType() != null ? identity.rucType() : rucType;
            names.addAll(party.names());
        }
    }
}

package org.opencompras.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencompras.organization.NameNormalizer;
import org.opencompras.organization.OrganizationIdentity;

/**
 * Makes sure every organization of a process exists in {@code organization}, with all its name variants in
 * {@code organization_name}, and returns their database ids. Safe against a concurrent transaction
 * upserting the same organizations: conflicts on {@code identity_key} are resolved by the database.
 */
final class OrganizationUpserter {

    // One statement for all organizations of the process; unnest turns the arrays back into rows.
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

    private static final String ADD_NAME = """
            insert into organization_name (organization_id, name, normalized_name) values (?, ?, ?)
            on conflict do nothing""";

    private OrganizationUpserter() {
    }

    /** The id of each organization, by identity key. */
    static Map<String, Long> upsert(Connection c, List<PartyRow> parties) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (parties.isEmpty()) {
            return ids;
        }
        // Always in key order, so that two transactions lock shared rows in the same order and cannot deadlock.
        List<PartyRow> sorted = parties.stream().sorted(Comparator.comparing(PartyRow::key)).toList();
        int n = sorted.size();
        String[] keys = new String[n], schemes = new String[n], identifiers = new String[n], types = new String[n];
        String[] names = new String[n], normalized = new String[n];
        Boolean[] valid = new Boolean[n];
        for (int i = 0; i < n; i++) {
            OrganizationIdentity identity = sorted.get(i).identity();
            keys[i] = identity.key();
            schemes[i] = identity.scheme();
            identifiers[i] = identity.identifier();
            valid[i] = identity.rucValid();
            types[i] = identity.rucType();
            names[i] = displayName(sorted.get(i));
            normalized[i] = NameNormalizer.normalize(names[i]);
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
        addNames(c, sorted, ids);
        return ids;
    }

    private static void addNames(Connection c, List<PartyRow> parties, Map<String, Long> ids) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(ADD_NAME)) {
            for (PartyRow party : parties) {
                for (String name : party.names()) {
                    new SqlParams(insert).bigint(ids.get(party.key())).text(name).text(NameNormalizer.normalize(name));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** {@code organization.name} is required: an organization the data names nowhere is shown by its identifier. */
    private static String displayName(PartyRow party) {
        if (party.name() != null) {
            return party.name();
        }
        return party.identity().identifier() != null ? party.identity().identifier() : party.key();
    }
}

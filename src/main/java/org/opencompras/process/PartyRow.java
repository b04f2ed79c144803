package org.opencompras.process;

import java.util.Set;
import org.opencompras.organization.OrganizationIdentity;

/**
 * One organization named by a process, whatever ids the release used for it (a row of
 * {@code process_party}, and the source of an {@code organization} upsert).
 *
 * @param identity who the organization is
 * @param partyId  the first party id the release gave it
 * @param name     the first name the release gave it; may be null
 * @param names    every name variant seen for it, in order of appearance
 * @param roles    its roles in the process, from {@code parties[].roles} and from where it is referenced
 */
public record PartyRow(OrganizationIdentity identity, String partyId, String name, Set<String> names, Set<String> roles) {

    public String key() {
        return identity.key();
    }
}

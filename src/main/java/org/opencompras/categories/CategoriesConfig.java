package org.opencompras.categories;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Settings of the item classifier, under {@code opencompras.categories}. */
@ConfigMapping(prefix = "opencompras.categories")
public interface CategoriesConfig {

    /**
     * A JSON file of rules to use instead of the bundled ones ({@code categories/covid-categories.json}), in the same
     * shape (environment variable {@code OPENCOMPRAS_CATEGORIES_RULES_FILE}). Every instance of the service sharing a
     * database must use the same rules: the one that starts last writes them and reclassifies every item.
     */
    Optional<String> rulesFile();
}

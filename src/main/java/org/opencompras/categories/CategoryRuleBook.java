package org.opencompras.categories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The classifier's rules as configured: the bundled file, or the one {@code opencompras.categories.rules-file} names. */
@ApplicationScoped
public class CategoryRuleBook {

    static final String BUNDLED = "/categories/covid-categories.json";

    @Inject
    CategoriesConfig config;

    private volatile CategoryRules rules;

    public CategoryRules rules() {
        if (rules == null) {
            rules = load();
        }
        return rules;
    }

    private CategoryRules load() {
        if (config.rulesFile().isPresent()) {
            Path file = Path.of(config.rulesFile().get());
            try (InputStream in = Files.newInputStream(file)) {
                return CategoryRules.read(in, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the category rules in " + file, e);
            }
        }
        try (InputStream in = CategoryRuleBook.class.getResourceAsStream(BUNDLED)) {
            return CategoryRules.read(in, "the bundled " + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

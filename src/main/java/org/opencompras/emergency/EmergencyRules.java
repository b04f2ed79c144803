package org.opencompras.emergency;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.opencompras.categories.Category;
import org.opencompras.categories.CategoryRuleBook;

/** The emergency settings in effect: configured, or by default the rules of every category of the classifier. */
@ApplicationScoped
public class EmergencyRules {

    @Inject
    EmergencyConfig config;

    @Inject
    CategoryRuleBook categories;

    private volatile EmergencySettings settings;

    public EmergencySettings settings() {
        if (settings == null) {
            settings = load();
        }
        return settings;
    }

    /** Refuses bad settings at start rather than at the first request. */
    void started(@Observes StartupEvent event) {
        settings();
    }

    private EmergencySettings load() {
        if (config.maxPeriodDays() < 0) {
            throw new IllegalStateException("opencompras.emergency.max-period-days must be 0 or more (got "
                    + config.maxPeriodDays() + ")");
        }
        if (config.keywords().isPresent() || config.cpcPrefixes().isPresent()) {
            List<String> keywords = config.keywords().orElse(List.of()).stream().map(String::strip).toList();
            List<String> prefixes = config.cpcPrefixes().orElse(List.of()).stream().map(String::strip).toList();
            for (String keyword : keywords) {
                if (!keyword.matches(".*[\\p{L}\\p{N}].*")) {
                    throw new IllegalStateException("opencompras.emergency.keywords: '" + keyword
                            + "' has no letter or digit");
                }
            }
            for (String prefix : prefixes) {
                if (!prefix.matches("[A-Za-z0-9.-]{1,20}")) {
                    throw new IllegalStateException("opencompras.emergency.cpc-prefixes: '" + prefix
                            + "' must be 1 to 20 letters, digits, '.' or '-'");
                }
            }
            return new EmergencySettings(config.maxPeriodDays(), "configured", keywords, prefixes);
        }
        List<String> keywords = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (Category category : categories.rules().categories()) {
            keywords.addAll(category.keywords());
            prefixes.addAll(category.cpcPrefixes());
        }
        return new EmergencySettings(config.maxPeriodDays(), "categories", List.copyOf(keywords), List.copyOf(prefixes));
    }
}

package org.opencompras.redflags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.opencompras.common.api.AnswerCache;
import org.opencompras.common.api.RequestVersion;
import org.opencompras.emergency.EmergencyRules;

/** The indicator list: definitions, settings in effect and the fences of the last computation. */
@ApplicationScoped
public class RedFlagService {

    static final String NOTE = "A flag is a reason to look closer, not proof of wrongdoing: each indicator marks a "
            + "pattern that research associates with a risk of corruption or collusion, and that honest processes "
            + "also show.";

    @Inject
    DataSource dataSource;

    @Inject
    RedFlagConfig config;

    @Inject
    AnswerCache answers;

    @Inject
    EmergencyRules emergencyRules;

    @Inject
    RequestVersion requestVersion;

    IndicatorDescription.Listing indicators() {
        RedFlagSettings settings = RedFlagSettings.of(config);
        return answers.get(requestVersion.get(), "red-flags/indicators\n" + settings, () -> {
            Map<String, List<IndicatorDescription.Fence>> fences = fences();
            List<IndicatorDescription> data = new ArrayList<>();
            for (Indicator indicator : RedFlagIndicators.ALL) {
                data.add(new IndicatorDescription(indicator.code(), indicator.title(), indicator.definition(),
                        settings.of(indicator.code()),
                        RedFlagIndicators.FENCED.contains(indicator.code())
                                ? fences.getOrDefault(indicator.code(), List.of()) : null));
            }
            data.add(new IndicatorDescription(EmergencyProcedureMisuse.CODE, EmergencyProcedureMisuse.TITLE,
                    EmergencyProcedureMisuse.DEFINITION,
                    EmergencyProcedureMisuse.settings(emergencyRules.settings(), settings), null));
            for (OrganizationIndicators.Description indicator : OrganizationIndicators.ALL) {
                data.add(new IndicatorDescription(indicator.code(), indicator.title(), indicator.definition(),
                        settings.of(indicator.code()), null));
            }
            return new IndicatorDescription.Listing(NOTE, data);
        });
    }

    private Map<String, List<IndicatorDescription.Fence>> fences() throws SQLException {
        Map<String, List<IndicatorDescription.Fence>> fences = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("select f.indicator, s.name, f.q1, f.q3, f.fence, f.processes "
                     + "from red_flag_fence f join source s on s.id = f.source_id order by f.indicator, s.name")) {
            while (rs.next()) {
                fences.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(new IndicatorDescription.Fence(
                        rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6)));
            }
        }
        return fences;
    }
}

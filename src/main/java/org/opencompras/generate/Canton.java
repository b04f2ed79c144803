package org.opencompras.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * An Ecuadorian canton, where buyers sit and suppliers live.
 *
 * @param provinceCode the two-digit province code that also starts the RUCs issued there
 * @param province     the province name
 * @param name         the canton name
 * @param number       the canton's position in its province, 1 for the provincial capital
 */
record Canton(int provinceCode, String province, String name, int number) {

    /** The cantons of {@code cantons.csv}, in file order (provinces in code order, capital first). */
    static List<Canton> all() {
        List<String[]> rows = ReferenceData.rows("cantons.csv");
        List<Canton> cantons = new ArrayList<>();
        int previousProvince = -1;
        int number = 0;
        for (String[] row : rows) {
            int province = Integer.parseInt(row[0]);
            number = province == previousProvince ? number + 1 : 1;
            previousProvince = province;
            cantons.add(new Canton(province, row[1], row[2], number));
        }
        return List.copyOf(cantons);
    }

    boolean isCapital() {
        return number == 1;
    }
}

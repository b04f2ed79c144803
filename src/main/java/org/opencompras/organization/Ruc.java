package org.opencompras.organization;

import java.util.Optional;

/**
 * Checks and builds Ecuadorian RUC numbers (Registro Único de Contribuyentes, 13 digits).
 *
 * <p>The rules are the public ones of the SRI: two digits of province (01–24, or 30 for Ecuadorians abroad),
 * a third digit giving the type, a check digit and an establishment number. Natural persons use the cédula's
 * modulo-10 check on the first nine digits (the tenth is the check digit); public entities use modulo 11 with
 * coefficients 3,2,7,6,5,4,3,2 (check digit 9th); private companies modulo 11 with 4,3,2,7,6,5,4,3,2 (check digit
 * 10th). For modulo 11 a remainder of 0 gives check digit 0, and a remainder of 1 gives no possible digit.
 *
 * <p>The SRI has issued RUCs that break these rules (natural-person numbers since about 2020, and some recent
 * companies); they are real, so callers keep them and only record them as not valid.
 */
public final class Ruc {

    private static final int[] PUBLIC_COEFFICIENTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] PRIVATE_COEFFICIENTS = {4, 3, 2, 7, 6, 5, 4, 3, 2};

    /**
     * The outcome of checking a RUC.
     *
     * @param valid  whether every rule holds
     * @param type   the type the third digit announces, null when the number is too malformed to say
     * @param reason why the RUC is not valid, null when it is
     */
    public record Check(boolean valid, RucType type, String reason) {

        static Check ok(RucType type) {
            return new Check(true, type, null);
        }

        static Check invalid(RucType type, String reason) {
            return new Check(false, type, reason);
        }
    }

    private Ruc() {
    }

    /** Checks a RUC against the public SRI rules. Surrounding spaces are ignored. */
    public static Check check(String ruc) {
        if (ruc == null) {
            return Check.invalid(null, "missing");
        }
        String digits = ruc.strip();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Check.invalid(null, "not only digits");
        }
        if (digits.length() != 13) {
            return Check.invalid(null, "length " + digits.length() + " instead of 13");
        }
        int province = Integer.parseInt(digits.substring(0, 2));
        RucType type = RucType.ofThirdDigit(digit(digits, 2));
        if (type == null) {
            return Check.invalid(null, "third digit " + digit(digits, 2) + " is no RUC type");
        }
        if (!validProvince(province)) {
            return Check.invalid(type, "province code " + digits.substring(0, 2) + " unknown");
        }
        return switch (type) {
            case NATURAL -> checkDigitAndSuffix(type, digits, modulo10(digits), 9, 10);
            case PUBLIC -> checkDigitAndSuffix(type, digits, modulo11(digits, PUBLIC_COEFFICIENTS), 8, 9);
            case PRIVATE -> checkDigitAndSuffix(type, digits, modulo11(digits, PRIVATE_COEFFICIENTS), 9, 10);
        };
    }

    /** A valid natural-person RUC: cédula from province and a sequence (0–5,999,999), establishment 001. */
    public static String naturalPerson(int province, int sequence) {
        if (sequence >= 6_000_000) {
            throw new IllegalArgumentException("sequence " + sequence + " would make the third digit 6 or more");
        }
        String body = twoDigits(province) + fixed(sequence, 7);
        return body + modulo10(body) + "001";
    }

    /** A valid public-entity RUC for a province and sequence (0–99,999), if that sequence has a check digit. */
    public static Optional<String> publicEntity(int province, int sequence) {
        String body = twoDigits(province) + "6" + fixed(sequence, 5);
        int check = modulo11(body, PUBLIC_COEFFICIENTS);
        return check < 0 ? Optional.empty() : Optional.of(body + check + "0001");
    }

    /** A valid private-company RUC for a province and sequence (0–999,999), if that sequence has a check digit. */
    public static Optional<String> privateCompany(int province, int sequence) {
        String body = twoDigits(province) + "9" + fixed(sequence, 6);
        int check = modulo11(body, PRIVATE_COEFFICIENTS);
        return check < 0 ? Optional.empty() : Optional.of(body + check + "001");
    }

    private static Check checkDigitAndSuffix(RucType type, String digits, int expected, int checkIndex,
                                             int suffixStart) {
        if (expected != digit(digits, checkIndex)) {
            return Check.invalid(type, "check digit " + digits.charAt(checkIndex) + " should be "
                    + (expected < 0 ? "impossible (remainder 1)" : String.valueOf(expected)));
        }
        if (digits.substring(suffixStart).chars().allMatch(c -> c == '0')) {
            return Check.invalid(type, "establishment number " + digits.substring(suffixStart) + " is zero");
        }
        return Check.ok(type);
    }

    /** The cédula check digit of the first nine digits: coefficients 2,1,2,...; products above 9 lose 9. */
    private static int modulo10(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = digit(digits, i) * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    /** The modulo-11 check digit, or -1 when the remainder is 1 (11 - 1 = 10 is not a digit). */
    private static int modulo11(String digits, int[] coefficients) {
        int sum = 0;
        for (int i = 0; i < coefficients.length; i++) {
            sum += digit(digits, i) * coefficients[i];
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? -1 : 11 - remainder;
    }

    private static boolean validProvince(int province) {
        return (province >= 1 && province <= 24) || province == 30;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    private static String twoDigits(int province) {
        if (!validProvince(province)) {
            throw new IllegalArgumentException("province code " + province);
        }
        return fixed(province, 2);
    }

    private static String fixed(int value, int width) {
        String text = Integer.toString(value);
        if (value < 0 || text.length() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " digits");
        }
        return "0".repeat(width - text.length()) + text;
    }
}

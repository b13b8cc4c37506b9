package de.casebook.domain.shared;

/** The rules every aggregate applies to free text: a reason, a question, a report must say something. */
public final class Required {

    private Required() {
    }

    /** The text, or a {@link RuleViolationException} with the code when it is missing or blank. */
    public static void text(String text, String code) {
        if (isBlank(text)) {
            throw new RuleViolationException(code);
        }
    }

    /** A reason, as corrections, declines and revocations need one ({@code reason.required}). */
    public static void reason(String reason) {
        text(reason, "reason.required");
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

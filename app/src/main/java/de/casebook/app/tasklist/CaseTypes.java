package de.casebook.app.tasklist;

import java.util.Map;
import java.util.Optional;

/** Case types as the API names them, and the process that runs each. */
public final class CaseTypes {

    private static final Map<String, String> PROCESS_BY_CASE_TYPE = Map.of("qualification", "mentor-qualification");

    private CaseTypes() {
    }

    public static Optional<String> processKeyOf(String caseType) {
        return Optional.ofNullable(PROCESS_BY_CASE_TYPE.get(caseType));
    }

    public static String caseTypeOf(String processKey) {
        return PROCESS_BY_CASE_TYPE.entrySet().stream()
                .filter(entry -> entry.getValue().equals(processKey))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(processKey);
    }
}

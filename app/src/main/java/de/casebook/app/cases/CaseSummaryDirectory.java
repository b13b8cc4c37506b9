package de.casebook.app.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The {@link CaseSummaries} of every case type on main, by case type, aggregate type or process. */
@Component
public class CaseSummaryDirectory {

    private final Map<String, CaseSummaries> byCaseType;
    private final Map<String, CaseSummaries> byAggregateType;
    private final Map<String, CaseSummaries> byProcessKey;

    public CaseSummaryDirectory(List<CaseSummaries> summaries) {
        byCaseType = summaries.stream().collect(Collectors.toUnmodifiableMap(CaseSummaries::caseType, Function.identity()));
        byAggregateType = summaries.stream()
                .collect(Collectors.toUnmodifiableMap(CaseSummaries::aggregateType, Function.identity()));
        byProcessKey = summaries.stream()
                .flatMap(summary -> summary.processKeys().stream().map(key -> Map.entry(key, summary)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<CaseSummaries> ofCaseType(String caseType) {
        return Optional.ofNullable(byCaseType.get(caseType));
    }

    public Optional<CaseSummaries> ofAggregateType(String aggregateType) {
        return Optional.ofNullable(byAggregateType.get(aggregateType));
    }

    public Optional<CaseSummaries> ofProcessKey(String processKey) {
        return Optional.ofNullable(byProcessKey.get(processKey));
    }

    public List<String> caseTypes() {
        return byCaseType.keySet().stream().sorted().toList();
    }

    public Collection<CaseSummaries> all() {
        return byCaseType.values();
    }
}

package de.casebook.app.statistics;

import de.casebook.app.cases.CaseLabels;
import de.casebook.app.platform.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics as bar charts drawn on the server (SVG), each with its figures as a table beside it. */
@Controller
class StatisticsPage {

    /** One bar: its label, its value, and its length relative to the longest bar of its chart (0 to 100). */
    record Bar(String label, long value, double percent) {
    }

    /** The charts of one case type: by status, by month, and (for the ministry) by municipality. */
    record CaseTypeCharts(Statistics.CaseTypeFigures figures, List<Bar> byStatus, List<Bar> byMonth,
                          List<Bar> byMunicipality) {
    }

    private final Statistics statistics;
    private final StatisticsController.StatisticsScopes scopes;
    private final CaseLabels labels;
    private final Problems texts;

    StatisticsPage(Statistics statistics, StatisticsController.StatisticsScopes scopes, CaseLabels labels,
                   Problems texts) {
        this.statistics = statistics;
        this.scopes = scopes;
        this.labels = labels;
        this.texts = texts;
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) Integer year, @RequestParam(required = false) String municipality,
                      Model model) {
        var report = statistics.of(scopes.of(year, municipality));
        model.addAttribute("report", report);
        model.addAttribute("year", year);
        model.addAttribute("municipality", municipality);
        model.addAttribute("charts", report.caseTypes().stream().map(this::charts).toList());
        var cards = new ArrayList<Bar>();
        var longest = report.cardsByProgram().values().stream()
                .mapToLong(figures -> Math.max(figures.approved(), figures.rejected())).max().orElse(0);
        report.cardsByProgram().forEach((program, figures) -> {
            var name = texts.text("card.program." + program);
            cards.add(bar(texts.text("statistics.approved", name), figures.approved(), longest));
            cards.add(bar(texts.text("statistics.rejected", name), figures.rejected(), longest));
        });
        model.addAttribute("cards", cards);
        model.addAttribute("overdue", bars(report.overdueByCaseType(), type -> texts.text("case-type." + type)));
        return "statistics";
    }

    private CaseTypeCharts charts(Statistics.CaseTypeFigures figures) {
        return new CaseTypeCharts(figures,
                bars(figures.byStatus(), status -> texts.text(labels.status(figures.caseType(), status))),
                bars(figures.byMonth(), Function.identity()),
                figures.byMunicipality() == null ? List.of() : bars(figures.byMunicipality(), Function.identity()));
    }

    private static List<Bar> bars(Map<String, Long> counts, Function<String, String> label) {
        var longest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return counts.entrySet().stream().map(entry -> bar(label.apply(entry.getKey()), entry.getValue(), longest))
                .toList();
    }

    private static Bar bar(String label, long value, long longest) {
        return new Bar(label, value, longest == 0 ? 0 : 100.0 * value / longest);
    }
}

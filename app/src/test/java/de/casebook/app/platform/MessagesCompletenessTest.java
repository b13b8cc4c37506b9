package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule a clerk can break and every step a timeline shows has its text, in German and English. */
class MessagesCompletenessTest {

    /** Codes of domain and API exceptions; access denials all read "access.denied", whatever their log code. */
    private static final Pattern CODE = Pattern.compile(
            "(?:(?<!AccessDenied)Exception\\(|ApiException\\.\\w+\\(|Required\\.text\\([^,]+,)\\s*\"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\"");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesCompletenessTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyEventHasATimelineText() throws IOException {
        var messages = load("messages.properties");
        var events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.casebook.domain").stream()
                .filter(type -> type.getSimpleName().endsWith("Event") && type.isRecord())
                .map(type -> "event." + type.getSimpleName()).collect(Collectors.toSet());
        assertThat(events).isNotEmpty();
        assertThat(events).filteredOn(key -> !messages.containsKey(key)).as("events without a text").isEmpty();
    }

    @Test
    void everyProblemCodeInTheSourcesHasAText() throws IOException {
        var messages = load("messages.properties");
        var codes = codesIn(Path.of("src/main/java"), Path.of("../domain/src/main/java"));
        assertThat(codes).contains("grant.amount-too-high", "task.already-done");
        assertThat(codes).filteredOn(code -> !messages.containsKey(code)).as("problem codes without a text").isEmpty();
    }

    private static Set<String> codesIn(Path... roots) throws IOException {
        var codes = new java.util.TreeSet<String>();
        for (var root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    var matcher = CODE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        codes.add(matcher.group(1));
                    }
                }
            }
        }
        return codes;
    }
}

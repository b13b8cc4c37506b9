package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * After every other test: the log the whole suite wrote (application-test.yml sends it to a file too)
 * holds none of the people's names and mail addresses the tests put into forms, cases and mails.
 */
@Order(Integer.MAX_VALUE)
class SuiteLogPrivacyTest {

    private static final Path LOG = Path.of("target/test-logs/suite.log");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@example\\.(?:org|com|de|invalid)");
    /** Two or more capitalised words with a letter beyond ASCII, as the tests' people are named (Jürgen Weiß). */
    private static final Pattern NAME = Pattern.compile(
            "\"(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)+)\"");
    private static final Pattern STAMP = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\S+) ");

    @Test
    void theSuiteLogNamesNobody() throws IOException {
        var people = peopleInTheTests();
        assertThat(people).as("names and addresses found in the tests").hasSizeGreaterThan(20)
                .contains("Jürgen Weiß", "Çiğdem Öztürk-Łukasz");
        assertThat(LOG).as("the suite's log").exists();
        var log = linesOfThisRun();
        assertThat(log).as("lines this run logged").isNotEmpty();
        var leaks = new ArrayList<String>();
        for (var line : log) {
            for (var person : people) {
                if (line.contains(person)) {
                    leaks.add(person + " in: " + (line.length() > 300 ? line.substring(0, 300) : line));
                }
            }
        }
        assertThat(leaks).as("personal data in the log").isEmpty();
    }

    private static Set<String> peopleInTheTests() throws IOException {
        var people = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(TESTS)) {
            for (var source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                var text = Files.readString(source, StandardCharsets.UTF_8);
                ADDRESS.matcher(text).results().forEach(match -> people.add(match.group()));
                NAME.matcher(text).results().map(match -> match.group(1))
                        .filter(name -> !name.chars().allMatch(c -> c < 128))
                        .forEach(people::add);
            }
        }
        return people;
    }

    /** Lines logged since this JVM started (earlier runs append to the same file). */
    private static List<String> linesOfThisRun() throws IOException {
        var started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        var lines = new ArrayList<String>();
        var current = false;
        for (var line : Files.readAllLines(LOG, StandardCharsets.UTF_8)) {
            var stamp = STAMP.matcher(line);
            if (stamp.find()) {
                current = loggedAfter(stamp.group(1), started);
            }
            if (current) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean loggedAfter(String stamp, Instant started) {
        try {
            return !OffsetDateTime.parse(stamp).toInstant().isBefore(started);
        } catch (DateTimeParseException e) {
            return true;
        }
    }
}

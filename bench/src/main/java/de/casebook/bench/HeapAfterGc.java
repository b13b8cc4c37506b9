package de.casebook.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The application's live heap: a full collection requested with jcmd, then the heap's use read back. */
final class HeapAfterGc {

    /** "total 221184K, used" (Java 17) or "total reserved 6172672K, committed 192512K, used" (G1, Java 25). */
    private static final Pattern USED = Pattern.compile("total (?:reserved \\d+K, committed )?\\d+K, used (\\d+)K");

    private HeapAfterGc() {
    }

    /** MiB in use after a full GC, or -1 if jcmd is not available. */
    static double mebibytes(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            jcmd(pid, "GC.run");
            return usedMebibytes(jcmd(pid, "GC.heap_info"));
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    /**
     * G1 reports its heap in one line; the parallel and serial collectors one line per generation
     * (young and old), all of which are counted. Metaspace, outside the heap, has no "total".
     */
    static double usedMebibytes(String heapInfo) {
        var matcher = USED.matcher(heapInfo);
        long kibibytes = 0;
        var found = false;
        while (matcher.find()) {
            kibibytes += Long.parseLong(matcher.group(1));
            found = true;
        }
        return found ? kibibytes / 1024.0 : -1;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }
}

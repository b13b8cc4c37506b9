/*
 * Casebook: checks one case's exported history against signed digests, offline, with nothing but a
 * Java runtime (17 or newer):
 *
 *     java VerifyCase.java fall-EK-2026-00042.json digest-00000007.json [more digests] [--public-key key.pem]
 *
 * It recomputes the hash of every event in the export (docs/audit-trail.md gives the algorithm),
 * checks that the events follow on from sequence 0 without a gap, checks each digest's signature
 * and block hash, and compares the case with the newest event each digest names for it. Exit code 0:
 * everything checks; 1: a finding; 2: the files could not be read.
 */

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class VerifyCase {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> findings = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String pinnedKey = null;
        var files = new ArrayList<Path>();
        for (var i = 0; i < args.length; i++) {
            if (args[i].equals("--public-key")) {
                pinnedKey = Files.readString(Path.of(args[++i]))
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.size() < 2) {
            System.err.println("usage: java VerifyCase.java <history.json> <digest.json>... [--public-key key.pem]");
            System.exit(2);
        }
        Map<String, Object> export;
        var digests = new ArrayList<Map<String, Object>>();
        try {
            export = object(Json.parse(Files.readString(files.get(0))));
            for (var file : files.subList(1, files.size())) {
                digests.add(object(Json.parse(Files.readString(file))));
            }
        } catch (Exception e) {
            System.err.println("cannot read the files: " + e.getMessage());
            System.exit(2);
            return;
        }
        var caseId = (String) export.get("caseId");
        var hashes = checkEvents(caseId, list(export.get("events")));
        var named = 0;
        for (var digest : digests) {
            named += checkDigest(caseId, digest, hashes, pinnedKey) ? 1 : 0;
        }
        System.out.printf("case %s (%s): %d events, %d digests given, %d name this case%n", export.get("caseNumber"),
                caseId, hashes.size(), digests.size(), named);
        if (pinnedKey == null) {
            System.out.println("note: signatures were checked with the key in each digest; give --public-key to pin the key you hold");
        }
        findings.forEach(finding -> System.out.println("FINDING: " + finding));
        System.out.println(findings.isEmpty() ? "OK: the case matches its chain and the digests" : "NOT OK");
        System.exit(findings.isEmpty() ? 0 : 1);
    }

    /** Recomputes every event's hash; returns sequence -> [globalIndex, hash]. */
    private static Map<Long, Object[]> checkEvents(String caseId, List<Object> events) {
        var bySequence = new LinkedHashMap<Long, Object[]>();
        var sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(event -> number(object(event).get("sequence"))));
        var previous = new byte[32];
        var expected = 0L;
        for (var item : sorted) {
            var event = object(item);
            var sequence = number(event.get("sequence"));
            var chain = object(event.get("chain"));
            if (sequence != expected) {
                findings.add("event " + expected + " is missing from the export (next is " + sequence + ")");
            }
            var content = new ByteArrayOutputStream();
            content.writeBytes(previous);
            content.writeBytes(int8(number(chain.get("globalIndex"))));
            field(content, text(caseId));
            content.writeBytes(int8(sequence));
            field(content, text((String) chain.get("aggregateType")));
            field(content, text((String) chain.get("eventId")));
            field(content, text((String) chain.get("payloadType")));
            field(content, text((String) chain.get("payloadRevision")));
            field(content, text((String) chain.get("timestamp")));
            field(content, unhex((String) chain.get("payloadSha256")));
            field(content, unhex((String) chain.get("metadataSha256")));
            var hash = sha256(content.toByteArray());
            if (!HEX.formatHex(hash).equals(chain.get("hash"))) {
                findings.add("event " + sequence + ": its hash does not match its content and predecessor");
            }
            bySequence.put(sequence, new Object[] {number(chain.get("globalIndex")), chain.get("hash")});
            previous = unhex((String) chain.get("hash"));
            expected = sequence + 1;
        }
        return bySequence;
    }

    private static boolean checkDigest(String caseId, Map<String, Object> digest, Map<Long, Object[]> events,
                                       String pinnedKey) throws Exception {
        var block = number(digest.get("block"));
        var key = pinnedKey != null ? pinnedKey : (String) digest.get("publicKey");
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key))));
        verifier.update(("casebook-digest/1\n" + digest.get("blockHash") + "\n" + digest.get("sealedAt"))
                .getBytes(StandardCharsets.UTF_8));
        if (!verifier.verify(Base64.getDecoder().decode((String) digest.get("signature")))) {
            findings.add("digest " + block + ": the signature does not verify");
        }
        var heads = list(digest.get("heads")).stream().map(VerifyCase::object)
                .sorted(Comparator.comparing(head -> text((String) head.get("caseId")), Arrays::compareUnsigned))
                .toList();
        var content = new ByteArrayOutputStream();
        content.writeBytes(unhex((String) digest.get("previousHash")));
        content.writeBytes(int8(block));
        content.writeBytes(int8(number(digest.get("fromIndex"))));
        content.writeBytes(int8(number(digest.get("toIndex"))));
        Map<String, Object> ours = null;
        for (var head : heads) {
            field(content, text((String) head.get("caseId")));
            content.writeBytes(int8(number(head.get("sequence"))));
            field(content, unhex((String) head.get("hash")));
            if (caseId.equals(head.get("caseId"))) {
                ours = head;
            }
        }
        if (!HEX.formatHex(sha256(content.toByteArray())).equals(digest.get("blockHash"))) {
            findings.add("digest " + block + ": its block hash does not match its content");
        }
        if (ours == null) {
            return false;
        }
        var toIndex = number(digest.get("toIndex"));
        var sequence = number(ours.get("sequence"));
        var event = events.get(sequence);
        var newestExported = events.values().stream().mapToLong(values -> (Long) values[0]).max().orElse(0);
        if (event == null && newestExported <= toIndex) {
            findings.add("digest " + block + " names event " + sequence + " as the newest of this case; the export ends before it");
        } else if (event != null && !event[1].equals(ours.get("hash"))) {
            findings.add("event " + sequence + ": differs from digest " + block);
        }
        events.forEach((otherSequence, values) -> {
            if (otherSequence > sequence && (Long) values[0] <= toIndex) {
                findings.add("event " + otherSequence + ": inside digest " + block + " but not named by it");
            }
        });
        return true;
    }

    private static void field(ByteArrayOutputStream content, byte[] value) {
        content.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            content.writeBytes(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] unhex(String value) {
        return value == null ? null : HEX.parseHex(value);
    }

    private static byte[] int8(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            var json = new Json(text);
            var value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("unexpected text at " + json.at);
            }
            return value;
        }

        private Object value() {
            space();
            var c = text.charAt(at);
            if (c == '{') {
                var object = new LinkedHashMap<String, Object>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    space();
                    var key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != '}') {
                    throw new IllegalArgumentException("expected } at " + at);
                }
                return object;
            }
            if (c == '[') {
                var array = new ArrayList<Object>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                do {
                    array.add(value());
                    space();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != ']') {
                    throw new IllegalArgumentException("expected ] at " + at);
                }
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (var literal : new String[] {"true", "false", "null"}) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            var start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            var number = text.substring(start, at);
            if (number.isEmpty()) {
                throw new IllegalArgumentException("unexpected character at " + at);
            }
            return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : (Object) Double.valueOf(number);
        }

        private String string() {
            expect('"');
            var result = new StringBuilder();
            while (true) {
                var c = text.charAt(at++);
                if (c == '"') {
                    return result.toString();
                }
                if (c != '\\') {
                    result.append(c);
                    continue;
                }
                var escaped = text.charAt(at++);
                switch (escaped) {
                    case 'b' -> result.append('\b');
                    case 'f' -> result.append('\f');
                    case 'n' -> result.append('\n');
                    case 'r' -> result.append('\r');
                    case 't' -> result.append('\t');
                    case 'u' -> {
                        result.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> result.append(escaped);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}

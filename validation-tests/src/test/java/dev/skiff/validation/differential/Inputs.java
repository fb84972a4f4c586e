package dev.skiff.validation.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Random values biased towards the edges where implementations disagree. */
final class Inputs {
    private static final String ALPHABET = "abcxyzABC .@-_19é\"\\,\t";
    private static final String[] TEXTS = {"", " ", "\t\n", "\u2003", "a", "ab", "abc", "abcx", "ABCX", "AB\nC", "abxc",
            "abcd", "abcdef", "abcdefg", "-5", "-6", "-4.99", "-5.0", "12.5", "12.49", "12.50", "1e1", "12.3", "12.34", "123",
            "0", "-0", "0.0001", "x1", " 1", "+1", "one two", "one two three four", "a,b", "a, and ,b", "a,b,c", "word"};
    private static final String[] LOCALS = {"a", "a.b", ".a", "a.", "a..b", "\"a b\"", "\"\"", "é", "x".repeat(64),
            "x".repeat(65), "a+b", "A_Z", "a\\b", "\"a\\\"b\"", "a b"};
    private static final String[] DOMAINS = {"example.com", "b", "b.", "-b", "b-c", "b--c", "b..c", "[1.2.3.4]",
            "[999.1.1.1]", "[IPv6:::1]", "[IPv6:2001:db8::1]", "ex_ample.com", "ü.de", "x".repeat(64) + ".com",
            "EXAMPLE.COM", "", "a.b.c", "[IPv6:1:2:3:4:5:6:7::]", "[IPv6:fe80::1%eth0]", "[IPv6:::ffff:1.2.3.4]",
            "[IPv6:1::2:3.4.5.6]", "[IPv6:1:2:3:4:5:6:1.2.3.4]", "[IPv6:1:2:3:4:5:6:7:8:9]", "[IPv6:::]", "[IPv6:1:2:3:4:5:6:7:8]",
            "[IPv6:12345::1]", "[IPv6:fe80::1%]", "[ipv6:::1]", "[IPv6:1:2:3:4::1.2.3.4]", "[IPv6:::1.2.3.256]",
            "[IPv6:::ffff:0:01.2.3.4]", "[IPv6:::FFFF:000:1.2.3.4]", "[IPv6:::001.2.3.4]", "[IPv6:1:2:3:4:5::1.2.3.4]",
            "[IPv6:FE80:::::%x]", "[IPv6:fe80::1:2:3:4%x]", "[IPv6:fe80:1::%x]", "[IPv6:fe80:%x]", "[IPv6:fe80::1%e-0]"};

    private final Random random;

    Inputs(long seed) {
        random = new Random(seed);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    <T> T orNull(Supplier<T> value) {
        return chance(10) ? null : value.get();
    }

    String text() {
        return switch (random.nextInt(4)) {
            case 0 -> randomText();
            case 1 -> email();
            default -> pick(TEXTS);
        };
    }

    String randomText() {
        StringBuilder text = new StringBuilder();
        int length = between(0, 9);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    String email() {
        return chance(5) ? pick(LOCALS) : pick(LOCALS) + "@" + pick(DOMAINS);
    }

    int anInt() {
        return chance(50) ? pick(-4, -3, 0, 1, 7, 8, 999, 1000, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE) : random.nextInt(2001) - 1000;
    }

    long aLong() {
        return chance(50) ? pick(-3L, -2L, -1L, 0L, 1L, 10L, 11L, 999L, 1000L, -999L, -1000L, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE)
                : random.nextLong() % 2000;
    }

    double finiteDouble() {
        return chance(60) ? pick(0.0, -0.0, 0.5, 0.5000001, 0.49, 0.51, 999.99, 999.991, 1000.0, 1000.0001, 123.456, 12.34,
                -2.5, -2.4999, 0.1, 1e-9, 1e20, -1e20) : (random.nextDouble() - 0.3) * 2000;
    }

    double aDouble() {
        return chance(15) ? pick(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY) : finiteDouble();
    }

    float aFloat() {
        return chance(50) ? pick(0.0f, -0.0f, 0.1f, 0.10000001f, 0.09999f, 1.0f, 0.99999f, 1.0000001f, -1f, Float.NaN,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY) : (random.nextFloat() - 0.5f) * 4;
    }

    BigDecimal aDecimal() {
        return new BigDecimal(pick("0", "0.00", "-1.5", "-1.50", "-1.51", "-1.49", "999.99", "999.999", "1000", "1E+2", "1E+3",
                "0.001", "123.45", "12.345", "0.01", "-0.00"));
    }

    BigInteger aBigInteger() {
        return chance(50) ? BigInteger.valueOf(pick(-1, 0, 1, 99, 100, 101, -99, -100, -1000))
                : BigInteger.valueOf(random.nextInt(400) - 200);
    }

    Number aNumber() {
        return switch (random.nextInt(6)) {
            case 0 -> anInt();
            case 1 -> aLong();
            case 2 -> aDouble();
            case 3 -> aFloat();
            case 4 -> aDecimal();
            default -> aBigInteger();
        };
    }

    <T> List<T> list(Supplier<T> element, int maxSize) {
        int size = between(0, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    <T> Map<String, T> map(Supplier<T> value, int maxSize) {
        Map<String, T> map = new LinkedHashMap<>();
        int size = between(0, maxSize);
        for (int i = 0; i < size; i++) {
            map.put(pick("a", "b", "c", "d", "long key"), value.get());
        }
        return map;
    }
}

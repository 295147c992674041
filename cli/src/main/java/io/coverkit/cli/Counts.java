package io.coverkit.cli;

/** A count with its noun in the right number, for the commands' summary lines: "1 file", "3 files". */
final class Counts {

    private Counts() {}

    /** {@code n} followed by {@code one} when n is 1, else by {@code many}. */
    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

package io.github.darkfactory.factory.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Spec packages are unique and not nested in one another; a clash is reported on the later spec. */
final class PackageClashes {

    private PackageClashes() {
    }

    static void report(List<ParsedSpec> specs, Problems problems) {
        // each spec is compared with the earlier specs whose package equals, encloses or lies inside its
        // own, found through a sorted index rather than by trying every pair: 500 specs are 125,000 pairs
        TreeMap<String, List<Integer>> byPackage = new TreeMap<>();
        for (int i = 0; i < specs.size(); i++) {
            byPackage.computeIfAbsent(specs.get(i).packageName(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < specs.size(); i++) {
            ParsedSpec spec = specs.get(i);
            for (int earlier : earlierRelatives(specs, i, byPackage)) {
                String message = packageClash(spec, specs.get(earlier));
                if (message != null) {
                    problems.add(spec.file(), spec.frontMatter().packageName().line(), message,
                            "give every spec a package of its own that is neither inside nor around another spec's package,"
                                    + " such as sibling packages com.acme.shop.pricing and com.acme.shop.catalog");
                }
            }
        }
    }

    /** Earlier specs (in file order) whose package is spec {@code i}'s own, one around it or one inside it. */
    private static List<Integer> earlierRelatives(List<ParsedSpec> specs, int i, TreeMap<String, List<Integer>> byPackage) {
        String mine = specs.get(i).packageName();
        List<Integer> relatives = new ArrayList<>(byPackage.get(mine));
        for (int dot = mine.indexOf('.'); dot > 0; dot = mine.indexOf('.', dot + 1)) {
            relatives.addAll(byPackage.getOrDefault(mine.substring(0, dot), List.of()));
        }
        // '/' sorts right after '.', so this range holds exactly the packages inside mine
        byPackage.subMap(mine + ".", mine + "/").values().forEach(relatives::addAll);
        return relatives.stream().filter(j -> j < i).sorted().toList();
    }

    /** The clash between two related specs' packages, or null. */
    private static String packageClash(ParsedSpec spec, ParsedSpec other) {
        String mine = spec.packageName();
        String theirs = other.packageName();
        String clash;
        if (mine.equals(theirs)) {
            clash = "the package " + mine + " is also the package";
        } else if (isNestedIn(mine, theirs)) {
            clash = "the package " + mine + " is nested in the package " + theirs;
        } else if (isNestedIn(theirs, mine)) {
            clash = "the package " + mine + " contains the package " + theirs;
        } else {
            return null;
        }
        return clash + " of spec '" + other.id() + "' (" + other.file() + ")";
    }

    private static boolean isNestedIn(String inner, String outer) {
        return inner.length() > outer.length() && inner.charAt(outer.length()) == '.' && inner.startsWith(outer);
    }
}

package io.github.darkfactory.rules;

import java.util.List;
import java.util.Set;

/**
 * One JDK API named by a capability or by the no-evidence-gaming rule: every class of a package
 * (and its subpackages), one class (and its nested classes), or some members of a class.
 *
 * @param owner          a package, a class, or for members the class declaring them: {@code a.b..}
 *                       for any class of a package and its subpackages, {@code *} for any class at
 *                       all (members matched by name, as the JDK's class hierarchy is not imported)
 * @param scope          what {@code owner} is
 * @param members        for {@link Scope#MEMBERS}, the method names ({@code <init>} for constructors)
 * @param firstParameter for {@link Scope#MEMBERS}, the type the first parameter must have, or null for any
 */
record ApiPattern(String owner, Scope scope, Set<String> members, String firstParameter) {

    enum Scope { PACKAGE, TYPE, MEMBERS }

    static final String ANY_OWNER = "*";

    ApiPattern {
        members = Set.copyOf(members);
    }

    static ApiPattern inPackage(String packageName) {
        return new ApiPattern(packageName, Scope.PACKAGE, Set.of(), null);
    }

    static ApiPattern type(String className) {
        return new ApiPattern(className, Scope.TYPE, Set.of(), null);
    }

    static ApiPattern members(String owner, String... names) {
        return new ApiPattern(owner, Scope.MEMBERS, Set.of(names), null);
    }

    static ApiPattern constructorsTaking(String owner, String firstParameter) {
        return new ApiPattern(owner, Scope.MEMBERS, Set.of("<init>"), firstParameter);
    }

    /** Whether any use of the class {@code className} (a binary name, {@code a.B$C}) is this API. */
    boolean matchesType(String className) {
        return switch (scope) {
            case PACKAGE -> className.startsWith(owner + ".");
            case TYPE -> className.equals(owner) || className.startsWith(owner + "$");
            case MEMBERS -> false;
        };
    }

    /** Whether a call of, reference to or access of {@code owner.name(parameterTypes)} is this API. */
    boolean matchesMember(String ownerName, String name, List<String> parameterTypes) {
        return scope == Scope.MEMBERS
                && ownedBy(ownerName)
                && members.contains(name)
                && (firstParameter == null || !parameterTypes.isEmpty() && parameterTypes.get(0).equals(firstParameter));
    }

    private boolean ownedBy(String ownerName) {
        if (owner.equals(ANY_OWNER)) {
            return true;
        }
        return owner.endsWith("..") ? ownerName.startsWith(owner.substring(0, owner.length() - 1)) : owner.equals(ownerName);
    }

    /** How the docs list it: {@code java.net..}, {@code java.io.File}, {@code java.lang.System.getenv, getProperty}. */
    String documented() {
        return switch (scope) {
            case PACKAGE -> owner + "..";
            case TYPE -> owner;
            case MEMBERS -> {
                String names = String.join(", ", members.stream().sorted().toList());
                if (owner.equals(ANY_OWNER)) {
                    yield names + " of any class";
                }
                yield owner.endsWith("..") ? names + " of any class in " + owner
                        : owner + "." + names + (firstParameter == null ? "" : "(" + firstParameter + ", ..)");
            }
        };
    }
}

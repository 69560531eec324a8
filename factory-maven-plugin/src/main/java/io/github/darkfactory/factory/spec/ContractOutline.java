package io.github.darkfactory.factory.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The package and top-level type names of a compilation unit, read by a small lexer instead of
 * javac. Loading javac costs about half a second in a fresh JVM, too much for the up-to-date check
 * of a CI build; javac still checks the syntax of every block that was not checked before (see
 * {@link SpecLoader.CheckedBefore}). On a block that parses, this outline and javac's agree
 * ({@code ContractOutlineTest} holds them side by side); on one that does not, javac's error wins.
 *
 * @param packageName the declared package, or null
 * @param publicTypes the public top-level types, in order
 * @param otherTypes  the other top-level types, in order
 */
record ContractOutline(String packageName, List<String> publicTypes, List<String> otherTypes) {

    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");

    ContractOutline {
        publicTypes = List.copyOf(publicTypes);
        otherTypes = List.copyOf(otherTypes);
    }

    static ContractOutline of(String source) {
        List<String> tokens = new Lexer(source).topLevelTokens();
        String packageName = null;
        List<String> publicTypes = new ArrayList<>();
        List<String> otherTypes = new ArrayList<>();
        boolean publicSeen = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String previous = i == 0 ? "" : tokens.get(i - 1);
            if (token.equals(";") || token.equals("}")) {
                publicSeen = false;                     // the end of a declaration or a type body
            } else if (token.equals("public")) {
                publicSeen = true;
            } else if (token.equals("package") && packageName == null) {
                packageName = qualifiedName(tokens, i + 1);
            } else if (TYPE_KEYWORDS.contains(token) && !previous.equals(".") && isTypeName(tokens, i)) {
                (publicSeen ? publicTypes : otherTypes).add(tokens.get(i + 1));
                publicSeen = false;
            }
        }
        return new ContractOutline(packageName, publicTypes, otherTypes);
    }

    /** A keyword followed by a name; {@code record} is only a keyword before a name and a header. */
    private static boolean isTypeName(List<String> tokens, int keyword) {
        if (keyword + 1 >= tokens.size() || !Lexer.isIdentifier(tokens.get(keyword + 1))) {
            return false;
        }
        if (!tokens.get(keyword).equals("record")) {
            return true;
        }
        String after = keyword + 2 < tokens.size() ? tokens.get(keyword + 2) : "";
        return after.equals("()") || after.equals("<");
    }

    private static String qualifiedName(List<String> tokens, int from) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < tokens.size() && !tokens.get(i).equals(";"); i++) {
            name.append(tokens.get(i));
        }
        return name.isEmpty() ? null : name.toString();
    }

    /**
     * Splits Java source into the tokens outside any braces and parentheses, skipping comments and
     * literals. A parenthesised group at the top level (annotation arguments, a record header)
     * becomes the single token {@code ()}, and a braced group is dropped except for its closing
     * {@code }}, which ends a declaration.
     */
    private static final class Lexer {

        private final String source;
        private int position;

        Lexer(String source) {
            this.source = source;
        }

        static boolean isIdentifier(String token) {
            return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0));
        }

        List<String> topLevelTokens() {
            List<String> tokens = new ArrayList<>();
            int braces = 0;
            int parentheses = 0;
            while (position < source.length()) {
                char c = source.charAt(position);
                if (c == '/' && source.startsWith("//", position)) {
                    skipPast("\n");
                } else if (c == '/' && source.startsWith("/*", position)) {
                    position += 2;
                    skipPast("*/");
                } else if (c == '"' && source.startsWith("\"\"\"", position)) {
                    position += 3;
                    skipLiteral("\"\"\"");
                } else if (c == '"' || c == '\'') {
                    position++;
                    skipLiteral(String.valueOf(c));
                } else if (Character.isJavaIdentifierPart(c)) {
                    int start = position;
                    while (position < source.length() && Character.isJavaIdentifierPart(source.charAt(position))) {
                        position++;
                    }
                    if (braces == 0 && parentheses == 0) {
                        tokens.add(source.substring(start, position));
                    }
                } else {
                    position++;
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    if (c == '{') {
                        braces++;
                    } else if (c == '}') {
                        braces = Math.max(0, braces - 1);
                        if (braces == 0 && parentheses == 0) {
                            tokens.add("}");
                        }
                    } else if (c == '(') {
                        if (braces == 0 && parentheses == 0) {
                            tokens.add("()");
                        }
                        parentheses++;
                    } else if (c == ')') {
                        parentheses = Math.max(0, parentheses - 1);
                    } else if (braces == 0 && parentheses == 0) {
                        tokens.add(String.valueOf(c));
                    }
                }
            }
            return tokens;
        }

        private void skipPast(String end) {
            int found = source.indexOf(end, position);
            position = found < 0 ? source.length() : found + end.length();
        }

        /** Skips to the unescaped closing delimiter of a string, char or text block literal. */
        private void skipLiteral(String delimiter) {
            while (position < source.length()) {
                if (source.charAt(position) == '\\') {
                    position += 2;
                } else if (source.startsWith(delimiter, position)) {
                    position += delimiter.length();
                    return;
                } else if (delimiter.length() == 1 && source.charAt(position) == '\n') {
                    return;                             // an unclosed literal: javac reports it
                } else {
                    position++;
                }
            }
        }
    }
}

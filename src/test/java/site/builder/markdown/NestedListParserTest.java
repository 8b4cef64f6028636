package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NestedListParser} stands in for one of flexmark's list parsers among the open blocks, so every question
 * flexmark asks a block parser other than {@code tryContinue} (planned, and checked against flexmark's own list
 * parsing in {@link ListNestingTest}) must reach the list parser it wraps, with a wrapped parser given as an
 * argument unwrapped, and come back with that parser's answer.
 */
class NestedListParserTest {
    private final List<String> calls = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();
    private final BlockParser inner = fake(BlockParser.class, null);

    @Test
    void everyQuestionButTryContinueIsTheWrappedParsersAnswer() throws Exception {
        for (boolean answer : new boolean[] {true, false}) {
            BlockParser delegate = fake(BlockParser.class, answer);
            NestedListParser parser = new NestedListParser(delegate, new ListNesting.Document());
            for (Method method : BlockParser.class.getMethods()) {
                if (method.getName().equals("tryContinue") || method.isDefault()) continue;
                calls.clear();
                arguments.clear();
                Object result = method.invoke(parser, arguments(method));
                assertEquals(List.of(method.getName()), calls, method.getName());
                Object expected = answer(method.getReturnType(), answer);
                if (expected instanceof Boolean) assertEquals(expected, result, method.getName());
                else if (expected != null) assertSame(expected, result, method.getName());
                for (Object argument : arguments) {
                    if (argument instanceof BlockParser p) assertSame(inner, p, method.getName() + " unwraps");
                }
            }
        }
    }

    private Object[] arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == ParserState.class) values[i] = fake(ParserState.class, false);
            // a wrapped parser given to the wrapper reaches the delegate as the parser it wraps
            else if (types[i] == BlockParser.class) values[i] = new NestedListParser(inner, new ListNesting.Document());
        }
        return values;
    }

    /** A parser (or parser state) that records what it is asked and answers {@code answer} to yes-no questions. */
    private <T> T fake(Class<T> type, Boolean answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (type == BlockParser.class && answer != null) {
                calls.add(method.getName());
                if (args != null) arguments.addAll(Arrays.asList(args));
            }
            return answer(method.getReturnType(), answer != null && answer);
        }));
    }

    private static final Object BLOCK_CONTENT = new com.vladsch.flexmark.util.ast.BlockContent();
    private static final Object DATA = new com.vladsch.flexmark.util.data.MutableDataSet();
    private static final Object BLOCK = new com.vladsch.flexmark.ast.Paragraph();

    private static Object answer(Class<?> type, boolean answer) {
        if (type == boolean.class) return answer;
        if (type == int.class) return 0;
        if (type.isInstance(BLOCK_CONTENT)) return BLOCK_CONTENT;
        if (type.isInstance(DATA)) return DATA;
        if (type.isInstance(BLOCK)) return BLOCK;
        return null;
    }
}

package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The conversions of Hugo 0.111.3's cast library, each checked against real Hugo by ConfigTypesVsHugoIT or by hand. */
class HugoCastTest {

    @Test
    void integersReadGoSyntaxAndTruncateFloats() {
        assertEquals(Optional.of(10L), HugoCast.integer("10"));
        assertEquals(Optional.of(10L), HugoCast.integer("10.0"));
        assertEquals(Optional.of(16L), HugoCast.integer("0x10"));
        assertEquals(Optional.of(8L), HugoCast.integer("010"));
        assertEquals(Optional.of(10L), HugoCast.integer("+10"));
        assertEquals(Optional.of(10L), HugoCast.integer(10.7));
        assertEquals(Optional.of(1L), HugoCast.integer(true));
        assertEquals(Optional.empty(), HugoCast.integer("ten"));
        assertEquals(Optional.empty(), HugoCast.integer(" 12 "));
        assertEquals(Optional.empty(), HugoCast.integer("1e1"));
        assertEquals(Optional.empty(), HugoCast.integer(List.of(1)));
    }

    @Test
    void booleansReadGoSpellingsAndOnlyYamlIntegers() {
        assertEquals(Optional.of(true), HugoCast.bool("T", DataFormat.TOML));
        assertEquals(Optional.of(true), HugoCast.bool("1", DataFormat.TOML));
        assertEquals(Optional.of(false), HugoCast.bool("False", DataFormat.TOML));
        assertEquals(Optional.empty(), HugoCast.bool("yes", DataFormat.TOML));
        assertEquals(Optional.empty(), HugoCast.bool("on", DataFormat.TOML));
        assertEquals(Optional.of(true), HugoCast.bool(1, DataFormat.YAML));
        assertEquals(Optional.empty(), HugoCast.bool(1, DataFormat.TOML));
        assertEquals(Optional.empty(), HugoCast.bool(1, DataFormat.JSON));
        assertEquals(Optional.empty(), HugoCast.bool(1.0, DataFormat.YAML));
    }

    @Test
    void stringsPrintNumbersAsGoAndRefuseListsAndTables() {
        assertEquals(Optional.of("5"), HugoCast.string(5));
        assertEquals(Optional.of("1.5"), HugoCast.string(1.5));
        assertEquals(Optional.of("1"), HugoCast.string(new BigDecimal("1.0")));
        assertEquals(Optional.of("true"), HugoCast.string(true));
        assertEquals(Optional.empty(), HugoCast.string(List.of("a")));
        assertEquals(Optional.empty(), HugoCast.string(Map.of("a", 1)));
    }

    @Test
    void stringListsSplitTextAtSpaces() {
        assertEquals(Optional.of(List.of("RSS", "home")), HugoCast.strings("RSS home"));
        assertEquals(Optional.of(List.of("5")), HugoCast.strings(5));
        assertEquals(Optional.of(List.of("5", "")), HugoCast.strings(List.of(5, Map.of())));
        assertEquals(Optional.empty(), HugoCast.strings(Map.of("a", 1)));
    }

    @Test
    void decimalsReadNumberText() {
        assertEquals(Optional.of(0.5), HugoCast.decimal("0.5"));
        assertEquals(Optional.of(0.5), HugoCast.decimal(new BigDecimal("0.5")));
        assertEquals(Optional.empty(), HugoCast.decimal("high"));
    }
}

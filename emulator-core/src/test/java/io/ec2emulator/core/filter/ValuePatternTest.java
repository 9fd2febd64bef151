package io.ec2emulator.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EC2 filter values: case-sensitive, '*' any run, '?' exactly one character, backslash escapes. */
class ValuePatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "web|web|true", "web|Web|false", "web|web1|false",
            "web*|web|true", "web*|web-server|true", "*server|web-server|true", "*|''|true", "*|anything|true",
            "w*b*r|web-server|true", "w*b*x|web-server|false", "**|x|true",
            "web-?|web-1|true", "web-?|web-|false", "web-?|web-12|false", "?|''|false",
            "a*b?c|aXXbYc|true", "a*b?c|abbc|true", "a*b?c|abc|false",
            "\\*amazon\\?\\\\|*amazon?\\|true", "\\*amazon|xamazon|false", "2021-09-29T*|2021-09-29T11:04:43.305Z|true",
    })
    void matchesLikeEc2(String pattern, String value, boolean expected) {
        assertEquals(expected, ValuePattern.of(pattern).matches(value));
    }

    @ParameterizedTest
    @CsvSource({"web,true", "web*,false", "we?,false", "we\\*,true"})
    void literalValuesCanUseAnIndex(String pattern, boolean literal) {
        assertEquals(literal, ValuePattern.of(pattern).isLiteral());
    }

    @org.junit.jupiter.api.Test
    void escapedWildcardIsLiteralText() {
        ValuePattern star = ValuePattern.of("we\\*");
        assertEquals("we*", star.literalText());
        assertTrue(star.matches("we*"));
        assertFalse(star.matches("well"));
        assertFalse(ValuePattern.of("x").matches(null));
    }
}

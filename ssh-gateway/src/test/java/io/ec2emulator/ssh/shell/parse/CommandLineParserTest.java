package io.ec2emulator.ssh.shell.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineParserTest {

    private static List<String> words(String line) throws SyntaxError {
        List<Step> steps = CommandLineParser.parse(line);
        assertEquals(1, steps.size(), steps.toString());
        return steps.get(0).words().stream().map(Word::literal).toList();
    }

    private static String error(String line) {
        return assertThrows(SyntaxError.class, () -> CommandLineParser.parse(line)).getMessage();
    }

    @Test
    void wordsAreSplitAtBlanksAndJoinedByQuotes() throws SyntaxError {
        assertEquals(List.of("echo", "a b", "c", "d'e", "f g"), words("echo 'a b'  c \"d'e\" f\\ g"));
        assertEquals(List.of("echo", "", "x"), words("echo '' x"));
        assertEquals(List.of("echo", "a#", "b"), words("echo a# b"), "# inside a word is no comment");
        assertEquals(List.of("echo", "a"), words("echo a # a comment"));
    }

    @Test
    void quotingDecidesWhatExpands() throws SyntaxError {
        Word word = CommandLineParser.parse("echo x'$HOME'\"$USER\\$\"\\$").get(0).words().get(1);
        assertEquals(List.of(new Word.Piece("x", Word.Quoting.NONE), new Word.Piece("$HOME", Word.Quoting.SINGLE),
                new Word.Piece("$USER", Word.Quoting.DOUBLE), new Word.Piece("$", Word.Quoting.SINGLE),
                new Word.Piece("", Word.Quoting.DOUBLE), new Word.Piece("$", Word.Quoting.SINGLE)), word.pieces());
    }

    @Test
    void operatorsSeparateCommands() throws SyntaxError {
        List<Step> steps = CommandLineParser.parse("true && echo a || echo b; echo c");
        assertEquals(List.of(Step.When.ALWAYS, Step.When.IF_SUCCEEDED, Step.When.IF_FAILED, Step.When.ALWAYS),
                steps.stream().map(Step::when).toList());
        assertEquals(List.of("echo", "c"), steps.get(3).words().stream().map(Word::literal).toList());
        assertEquals(1, CommandLineParser.parse("echo a;").size());
        assertEquals(0, CommandLineParser.parse("   ").size());
    }

    @Test
    void redirectionsAreTakenOutOfTheWords() throws SyntaxError {
        Step step = CommandLineParser.parse("echo hi>out 2>> err x").get(0);
        assertEquals(List.of("echo", "hi", "x"), step.words().stream().map(Word::literal).toList());
        assertEquals(2, step.redirects().size());
        assertEquals(1, step.redirects().get(0).stream());
        assertEquals("out", step.redirects().get(0).target().literal());
        assertEquals(2, step.redirects().get(1).stream());
        assertEquals(true, step.redirects().get(1).append());
    }

    @Test
    void bashsSyntaxErrors() {
        assertEquals("unexpected EOF while looking for matching `''", error("echo 'abc"));
        assertEquals("unexpected EOF while looking for matching `\"'", error("echo \"abc"));
        assertEquals("syntax error near unexpected token `&&'", error("&& ls"));
        assertEquals("syntax error near unexpected token `;'", error("ls;;"));
        assertEquals("syntax error near unexpected token `newline'", error("echo >"));
        assertEquals("syntax error: unexpected end of file", error("ls &&"));
        assertEquals("the emulated shell does not support `|'", error("ls | wc"));
    }
}

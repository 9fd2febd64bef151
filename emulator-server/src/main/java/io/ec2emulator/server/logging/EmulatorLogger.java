package io.ec2emulator.server.logging;

import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/** A named logger of {@link EmulatorLogging}; it receives the key/value pairs of SLF4J's fluent API. */
final class EmulatorLogger extends LegacyAbstractLogger implements LoggingEventAware {

    /** The least level this logger writes whatever {@code --log-level} says (libraries' chatter stays out). */
    private final int floor;

    EmulatorLogger(String name) {
        this.name = name;
        this.floor = EmulatorLogging.floorOf(name);
    }

    @Override
    public boolean isTraceEnabled() {
        return EmulatorLogging.isEnabled(name, Level.TRACE, floor);
    }

    @Override
    public boolean isDebugEnabled() {
        return EmulatorLogging.isEnabled(name, Level.DEBUG, floor);
    }

    @Override
    public boolean isInfoEnabled() {
        return EmulatorLogging.isEnabled(name, Level.INFO, floor);
    }

    /** The ready line ({@link EmulatorLogging#READY}) is written at every level but {@code off}. */
    @Override
    public boolean isInfoEnabled(Marker marker) {
        return marker == EmulatorLogging.READY ? EmulatorLogging.settings().level() != LogLevel.OFF : isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return EmulatorLogging.isEnabled(name, Level.WARN, floor);
    }

    @Override
    public boolean isErrorEnabled() {
        return EmulatorLogging.isEnabled(name, Level.ERROR, floor);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                                               Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        EmulatorLogging.write(new LogLine(System.currentTimeMillis(), level, name, message == null ? "" : message,
                List.of(), throwable));
    }

    /** The fluent API ({@code atInfo().addKeyValue(..).log(..)}); only called when the level is enabled. */
    @Override
    public void log(LoggingEvent event) {
        Throwable thrown = event.getThrowable();
        Object[] arguments = event.getArgumentArray();
        if (thrown == null && arguments != null && arguments.length > 0
                && arguments[arguments.length - 1] instanceof Throwable) {
            thrown = (Throwable) arguments[arguments.length - 1];
        }
        String message = event.getMessage() == null ? "" : MessageFormatter.basicArrayFormat(event.getMessage(),
                arguments);
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        EmulatorLogging.write(new LogLine(System.currentTimeMillis(), event.getLevel(), name,
                message == null ? "" : message, pairs == null ? List.of() : pairs, thrown));
    }
}

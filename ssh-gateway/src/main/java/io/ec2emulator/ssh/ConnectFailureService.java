package io.ec2emulator.ssh;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.session.AbstractServerSession;
import org.apache.sshd.server.session.ServerConnectionService;
import org.apache.sshd.server.session.ServerConnectionServiceFactory;

/**
 * The connection service, telling the client why a forwarded connection failed in the words an OpenSSH
 * server would use ({@code connect failed: Connection timed out}, {@code Connection refused}). Apache
 * sshd only passes the reason code of a failed channel open and says "Generic error while opening
 * channel"; {@link InstancePortChannel} leaves its message here first, keyed by the client's channel id.
 */
final class ConnectFailureService extends ServerConnectionService {

    private static final AttributeKey<Map<Long, String>> MESSAGES = new AttributeKey<>();

    private ConnectFailureService(AbstractServerSession session) throws IOException {
        super(session);
    }

    /** Records the message for the failure of the client's channel {@code clientChannelId}. */
    static void explain(Session session, long clientChannelId, String message) {
        session.computeAttributeIfAbsent(MESSAGES, key -> new ConcurrentHashMap<>()).put(clientChannelId, message);
    }

    @Override
    protected IoWriteFuture sendChannelOpenFailure(Buffer buffer, long sender, int reasonCode, String message,
            String lang) throws IOException {
        Map<Long, String> messages = getSession().getAttribute(MESSAGES);
        String explained = messages == null ? null : messages.remove(sender);
        return super.sendChannelOpenFailure(buffer, sender, reasonCode, explained != null ? explained : message, lang);
    }

    /** Makes the service for each session. */
    static final class Factory extends ServerConnectionServiceFactory {
        @Override
        public Service create(Session session) throws IOException {
            ConnectFailureService service = new ConnectFailureService((AbstractServerSession) session);
            service.addPortForwardingEventListenerManager(this);
            return service;
        }
    }
}

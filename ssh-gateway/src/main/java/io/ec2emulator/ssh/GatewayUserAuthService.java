package io.ec2emulator.ssh;

import java.io.IOException;
import java.util.Optional;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.ServiceFactory;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.session.ServerUserAuthService;

/**
 * The gateway's authentication service. A jump-host login ({@code ssh -J}) is let in by the {@code none}
 * method, which OpenSSH always tries first, so no key is needed for the hop itself: the session can only
 * ask for connections, which the network model and the instance's own SSH server judge. (Apache sshd
 * never lets {@code none} succeed by itself.) A direct login ({@code ec2-user+i-…}) must first pass the
 * {@link DirectLoginGate}; while it does not, its requests get no answer, like a dropped TCP connection.
 */
final class GatewayUserAuthService extends ServerUserAuthService {

    private final DirectLoginGate gate;

    GatewayUserAuthService(Session session, DirectLoginGate gate) throws IOException {
        super(session);
        this.gate = gate;
    }

    @Override
    public synchronized void process(int cmd, Buffer buffer) throws Exception {
        ServerSession session = getServerSession();
        if (cmd == SshConstants.SSH_MSG_USERAUTH_REQUEST && !session.isAuthenticated()) {
            int start = buffer.rpos();
            String username = buffer.getString();
            String service = buffer.getString();
            String method = buffer.getString();
            buffer.rpos(start);
            Optional<DirectLoginName> direct = DirectLoginName.parse(username);
            if (direct.isEmpty() && "none".equals(method)) {
                session.signalAuthenticationSuccess(username, service, buffer);
                return;
            }
            if (direct.isPresent() && !gate.admits(session, direct.get())) {
                return;
            }
        }
        super.process(cmd, buffer);
    }

    /** Makes the service for each gateway session. */
    static final class Factory implements ServiceFactory {
        private final DirectLoginGate gate;

        Factory(DirectLoginGate gate) {
            this.gate = gate;
        }

        @Override
        public String getName() {
            return "ssh-userauth";
        }

        @Override
        public Service create(Session session) throws IOException {
            return new GatewayUserAuthService(session, gate);
        }
    }
}

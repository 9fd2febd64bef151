package io.ec2emulator.ssh;

import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Public-key authentication on the gateway port: a direct login ({@code ec2-user+i-…}) must pass the
 * {@link DirectLoginGate} and then the instance's {@link LoginRules}; a jump-host login is accepted with
 * any key, as it can only ask for connections.
 */
final class GatewayKeyAuthenticator implements PublickeyAuthenticator {

    private final DirectLoginGate gate;
    private final LoginRules rules;

    GatewayKeyAuthenticator(DirectLoginGate gate, LoginRules rules) {
        this.gate = gate;
        this.rules = rules;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        Optional<DirectLoginName> direct = DirectLoginName.parse(username);
        if (direct.isEmpty()) {
            return true;
        }
        Optional<Login> login = gate.target(session).flatMap(target -> rules.login(target, direct.get().user(), key));
        login.ifPresent(l -> session.setAttribute(Login.KEY, l));
        return login.isPresent();
    }
}

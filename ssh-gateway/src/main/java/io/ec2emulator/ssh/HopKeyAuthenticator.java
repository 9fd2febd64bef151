package io.ec2emulator.ssh;

import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Public-key authentication on an instance's own SSH server: the session's hop names the instance, and
 * the instance's {@link LoginRules} decide. A connection without a hop (anything but the gateway) gets
 * nowhere.
 */
final class HopKeyAuthenticator implements PublickeyAuthenticator {

    private final HopTable hops;
    private final LoginRules rules;

    HopKeyAuthenticator(HopTable hops, LoginRules rules) {
        this.hops = hops;
        this.rules = rules;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        Optional<Login> login = hops.hopOf(session).flatMap(hop -> rules.login(hop.target(), username, key));
        login.ifPresent(l -> session.setAttribute(Login.KEY, l));
        return login.isPresent();
    }
}

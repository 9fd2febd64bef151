package io.ec2emulator.ssh;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a direct login ({@code <user>+<instance>} on the gateway port) reach the instance only when a
 * client on the internet could open tcp/22 of its public address. Otherwise the login never gets an
 * answer: the session hangs until the timeout and is then closed (a dropped connection), or is closed at
 * once (nothing listens, or no such instance). {@link GatewayUserAuthService} asks it before any
 * authentication method runs.
 */
final class DirectLoginGate {

    private static final Logger LOG = LoggerFactory.getLogger("io.ec2emulator.ssh");
    private static final AttributeKey<InstanceRef> PASSED = new AttributeKey<>();

    private final InstanceDirectory instances;
    private final SshAccessPolicy policy;
    private final String clientAddress;
    private final ScheduledExecutorService timer;
    private final long droppedTimeoutMillis;

    DirectLoginGate(InstanceDirectory instances, SshAccessPolicy policy, String clientAddress,
            ScheduledExecutorService timer, long droppedTimeoutMillis) {
        this.instances = instances;
        this.policy = policy;
        this.clientAddress = clientAddress;
        this.timer = timer;
        this.droppedTimeoutMillis = droppedTimeoutMillis;
    }

    /**
     * Whether a direct login may go on to authenticate; when not, arranges for the session to be closed,
     * after the timeout when the network drops the connection, at once when nothing listens.
     */
    boolean admits(ServerSession session, DirectLoginName name) {
        if (session.getAttribute(PASSED) != null) {
            return true;
        }
        Optional<InstanceRef> target = name.instance().startsWith("i-")
                ? instances.byId(name.instance())
                : instances.byPublicAddress(name.instance());
        AccessDecision decision = target.map(t -> policy.decide(new Origin.Internet(clientAddress), t,
                SshAccessPolicy.SSH_PORT)).orElseGet(() -> AccessDecision.unknown(name.instance()
                        + " is not an emulated instance's id, public address or public DNS name"));
        if (decision.outcome() == AccessDecision.Outcome.CONNECTED) {
            session.setAttribute(PASSED, target.get());
            return true;
        }
        LOG.info("ssh to {} refused: {}", name.instance(), decision.reason());
        long delay = decision.outcome() == AccessDecision.Outcome.DROPPED ? droppedTimeoutMillis : 0;
        timer.schedule(() -> session.close(true), delay, TimeUnit.MILLISECONDS);
        return false;
    }

    /** The instance a session that {@link #admits passed the gate} logs in to. */
    Optional<InstanceRef> target(ServerSession session) {
        return Optional.ofNullable(session.getAttribute(PASSED));
    }
}
